package io.switchboard.zoom.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.zoom.api.model.CallHistoryPage;
import io.switchboard.zoom.api.model.ParticipantsPage;
import io.switchboard.zoom.api.model.PlanUsage;
import io.switchboard.zoom.api.model.ReportUsersPage;
import io.switchboard.zoom.api.model.RoleList;
import io.switchboard.zoom.api.model.UserPage;
import io.switchboard.zoom.api.model.ZoomUser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Zoom's sampled answers (shared/zoom-samples/api) read into the client's records; unknown fields are ignored. */
class ZoomSamplesTest {

    @Test
    void readsUsers() throws IOException {
        UserPage page = read("list-users.json", UserPage.class);
        assertEquals("8V8HigQkzm2O5r9RUn31D9ZyJHgrmFfbLa2", page.nextPageToken());
        assertTrue(page.hasNext());
        ZoomUser listed = page.items().get(0);
        assertEquals("KDcuGIm1QgePTO8WbOqwIQ", listed.id());
        assertEquals(Instant.parse("2022-03-25T05:40:55Z"), listed.lastLoginTime());
        ZoomUser one = read("get-user.json", ZoomUser.class);
        assertEquals("q6gBJVO5TzexKYTb_I2rpg", one.accountId());
        assertEquals(3542471135L, one.pmi());
        assertEquals("pending", one.status());
    }

    @Test
    void readsPlanUsageInTheMasterAccountShape() throws IOException {
        PlanUsage usage = read("plan-usage.json", PlanUsage.class);
        assertEquals(88, usage.seats().orElseThrow().hosts());
        assertEquals(60, usage.seats().orElseThrow().available());
        assertEquals(44, usage.planBase().activeHosts());
        assertEquals("pro_zpp_monthly", usage.planUnited().type());
        assertEquals(1, usage.planWebinar().size());
        assertEquals("10 GB", usage.planRecording().planStorage());
    }

    @Test
    void readsRolesReportsParticipantsAndCalls() throws IOException {
        assertEquals(
                "My Role", read("roles.json", RoleList.class).roles().get(0).name());
        ReportUsersPage report = read("report-users.json", ReportUsersPage.class);
        assertEquals(LocalDate.of(2022, 3, 1), report.from());
        assertEquals(342, report.items().get(0).meetingMinutes());
        ParticipantsPage participants = read("past-meeting-participants.json", ParticipantsPage.class);
        assertEquals(259, participants.items().get(0).duration());
        CallHistoryPage calls = read("phone-call-history.json", CallHistoryPage.class);
        assertEquals("answered", calls.items().get(0).callResult());
        assertEquals(
                "20211008-48c1dfd4-91ce-4df5-8495-7c9e33d10869",
                calls.items().get(0).callHistoryUuid());
    }

    @Test
    void readsEmptyTimesAsAbsent() {
        ZoomUser user = ZoomJson.read(
                "{\"id\":\"u1\",\"last_login_time\":\"\",\"type\":2}".getBytes(StandardCharsets.UTF_8),
                ZoomUser.class,
                "test");
        assertNull(user.lastLoginTime());
        assertEquals(2, user.type());
    }

    private static <T> T read(String sample, Class<T> type) throws IOException {
        Path file = Path.of(System.getProperty("switchboard.zoom-samples"), "api", sample);
        return ZoomJson.read(Files.readAllBytes(file), type, sample);
    }
}
