package io.switchboard.zoom.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.simulator.SimulatorSettings;
import io.switchboard.simulator.service.AccountPlans;
import io.switchboard.simulator.service.Directory;
import io.switchboard.zoom.api.error.ZoomNotFoundException;
import io.switchboard.zoom.api.error.ZoomSeatUnavailableException;
import io.switchboard.zoom.api.model.CreateAction;
import io.switchboard.zoom.api.model.CreatedUser;
import io.switchboard.zoom.api.model.DeleteAction;
import io.switchboard.zoom.api.model.LicenseType;
import io.switchboard.zoom.api.model.NewUser;
import io.switchboard.zoom.api.model.StatusAction;
import io.switchboard.zoom.api.model.UserStatus;
import io.switchboard.zoom.api.model.UserSummary;
import io.switchboard.zoom.api.model.ZoomUser;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The users API against the simulated Zoom: paging, filters, user actions, licences and Zoom's typed errors. */
class UsersApiTest {

    private static final String DIRECTORY = "SIMUSERSLIST000001";
    private static final String ACTIONS = "SIMUSERSACTIONS001";
    private static final String SEATS = "SIMUSERSSEATS00001";
    private static final int PAGE_SIZE = 25;

    private static SimulatedZoom zoom;
    private static SimulatorTokens tokens;
    private static ZoomApi api;

    @BeforeAll
    static void start() {
        zoom = SimulatedZoom.start(SimulatorSettings.defaults(), DIRECTORY, ACTIONS, SEATS);
        tokens = new SimulatorTokens(zoom);
        api = ZoomApi.create(zoom.vertx(), zoom.settings().withPageSize(PAGE_SIZE), tokens);
    }

    @AfterAll
    static void stop() {
        api.close();
        zoom.close();
    }

    @Test
    void listsEveryUserOfAStatusAcrossPages() {
        UUID connection = zoom.connection(DIRECTORY);
        long before = zoom.counters().calls(DIRECTORY);
        List<ZoomUser> active = api.users()
                .list(connection, UserStatus.ACTIVE)
                .collect()
                .asList()
                .await()
                .indefinitely();
        List<Map<String, Object>> expected = zoom.simulator().directory().members(DIRECTORY, "active");
        assertEquals(
                expected.stream().map(user -> user.get("id")).toList(),
                active.stream().map(ZoomUser::id).toList());
        assertTrue(active.stream().allMatch(user -> "active".equals(user.status())));
        assertEquals(
                (expected.size() + PAGE_SIZE - 1) / PAGE_SIZE, zoom.counters().calls(DIRECTORY) - before);

        List<ZoomUser> pending = api.users()
                .list(connection, UserStatus.PENDING)
                .collect()
                .asList()
                .await()
                .indefinitely();
        assertFalse(pending.isEmpty());
        assertTrue(pending.stream().allMatch(user -> "pending".equals(user.status()) && user.id() == null));
    }

    @Test
    void fetchesAPageOnlyWhenItsItemsAreAskedFor() {
        long before = zoom.counters().calls(DIRECTORY);
        List<ZoomUser> first = api.users()
                .list(zoom.connection(DIRECTORY), UserStatus.ACTIVE)
                .select()
                .first(PAGE_SIZE - 5)
                .collect()
                .asList()
                .await()
                .indefinitely();
        assertEquals(PAGE_SIZE - 5, first.size());
        assertEquals(1, zoom.counters().calls(DIRECTORY) - before, "one page holds every item asked for");
    }

    @Test
    void createsChangesTheStatusOfAndDeletesAUser() {
        UUID connection = zoom.connection(ACTIONS);
        String email = "new." + UUID.randomUUID() + "@example.com";
        CreatedUser created = api.users()
                .create(connection, CreateAction.CUST_CREATE, NewUser.of(email, LicenseType.LICENSED, "New", "Hire"))
                .await()
                .indefinitely();
        assertEquals(email, created.email());
        ZoomUser fetched = api.users().get(connection, created.id()).await().indefinitely();
        assertEquals("active", fetched.status());
        assertEquals(LicenseType.LICENSED.code(), fetched.type());
        assertEquals(ACTIONS, fetched.accountId());

        api.users()
                .status(connection, created.id(), StatusAction.DEACTIVATE)
                .await()
                .indefinitely();
        ZoomUser deactivated = api.users().get(connection, email).await().indefinitely();
        assertEquals("inactive", deactivated.status());
        assertEquals(LicenseType.BASIC.code(), deactivated.type(), "deactivating takes the licence away");

        String colleague = (String)
                zoom.simulator().directory().members(ACTIONS, "active").get(1).get("email");
        assertThrows(
                ZoomNotFoundException.class,
                () -> api.users()
                        .delete(connection, created.id(), DeleteAction.DELETE, "nobody@example.com")
                        .await()
                        .indefinitely(),
                "the transfer_email is sent along");
        api.users()
                .delete(connection, created.id(), DeleteAction.DELETE, colleague)
                .await()
                .indefinitely();
        ZoomNotFoundException gone = assertThrows(
                ZoomNotFoundException.class,
                () -> api.users().get(connection, created.id()).await().indefinitely());
        assertEquals(404, gone.status());
        assertEquals(1001, gone.code());
        assertTrue(gone.getMessage().contains("GET /users/{userId}"), gone.getMessage());
        assertFalse(gone.getMessage().contains(tokens.current(connection).value()), "no token in messages");
    }

    @Test
    void aLicenceNeedsAFreeSeatAndZoomsRefusalIsTyped() {
        UUID connection = zoom.connection(SEATS);
        List<Map<String, Object>> users = zoom.simulator().directory().all(SEATS);
        zoom.simulator().plans().set(SEATS, new AccountPlans.Plan((int) Directory.licensed(users), false));
        String basic = idOf(SEATS, 1);
        String licensed = idOf(SEATS, 2);

        ZoomSeatUnavailableException refused = assertThrows(
                ZoomSeatUnavailableException.class,
                () -> api.users()
                        .changeLicense(connection, basic, LicenseType.LICENSED)
                        .await()
                        .indefinitely());
        assertEquals(AccountPlans.NO_SEAT_CODE, refused.code());
        assertFalse(refused.isTransient());

        api.users()
                .changeLicense(connection, licensed, LicenseType.BASIC)
                .await()
                .indefinitely();
        api.users()
                .changeLicense(connection, basic, LicenseType.LICENSED)
                .await()
                .indefinitely();
        assertEquals(
                2, api.users().get(connection, basic).await().indefinitely().type());
        assertEquals(
                1, api.users().get(connection, licensed).await().indefinitely().type());
    }

    @Test
    void summarisesTheAccountsUsersByLicence() {
        UserSummary summary =
                api.users().summary(zoom.connection(DIRECTORY)).await().indefinitely();
        List<Map<String, Object>> users = zoom.simulator().directory().all(DIRECTORY);
        assertEquals(users.size(), summary.totalUsersCount());
        long pending = users.stream()
                .filter(user -> "pending".equals(user.get("status")))
                .count();
        assertEquals(pending, summary.pendingUsersCount());
        assertTrue(summary.licensedUsersCount() > 0 && summary.basicUsersCount() > 0);
    }

    private static String idOf(String account, int type) {
        return zoom.simulator().directory().members(account, "active").stream()
                .filter(user -> Integer.valueOf(type).equals(user.get("type")))
                .map(user -> (String) user.get("id"))
                .findFirst()
                .orElseThrow();
    }
}
