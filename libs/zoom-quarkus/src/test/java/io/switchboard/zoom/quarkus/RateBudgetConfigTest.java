package io.switchboard.zoom.quarkus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.testing.ConnectionServiceOnTestPortResource;
import io.switchboard.testing.JwtResource;
import io.switchboard.testing.ServiceClientResource;
import io.switchboard.zoom.api.ZoomApi;
import io.switchboard.zoom.api.rate.RateCategory;
import io.switchboard.zoom.api.rate.RateTable;
import org.junit.jupiter.api.Test;

/** The rate budget takes each account's plan from configuration, and Pro where none is given. */
@QuarkusTest
@QuarkusTestResource(ConnectionServiceOnTestPortResource.class)
@QuarkusTestResource(JwtResource.class)
@QuarkusTestResource(ServiceClientResource.class)
class RateBudgetConfigTest {

    private final ZoomApi zoom;

    RateBudgetConfigTest(ZoomApi zoom) {
        this.zoom = zoom;
    }

    @Test
    void anAccountListedAsBusinessGetsBusinessRatesAndAnyOtherAccountPros() {
        double business = zoom.budget().perSecond("OTHERBIG", RateTable.CORE, RateCategory.MEDIUM);
        double pro = zoom.budget().perSecond("someone-else", RateTable.CORE, RateCategory.MEDIUM);
        assertEquals(60 * 0.8, business, 0.001);
        assertEquals(20 * 0.8, pro, 0.001);
    }
}
