package io.switchboard.zoom.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.simulator.SimulatorSettings;
import io.switchboard.simulator.service.AccountPlans;
import io.switchboard.simulator.service.History;
import io.switchboard.zoom.api.http.ZoomPaths;
import io.switchboard.zoom.api.model.CallRecord;
import io.switchboard.zoom.api.model.DashboardWebinar;
import io.switchboard.zoom.api.model.MeetingInstances;
import io.switchboard.zoom.api.model.Participant;
import io.switchboard.zoom.api.model.PlanSeats;
import io.switchboard.zoom.api.model.PlanUsage;
import io.switchboard.zoom.api.model.ReportMeeting;
import io.switchboard.zoom.api.model.ReportUser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Plan usage in both shapes, roles, reports, past meetings and Zoom Phone's call history against the simulator. */
class AccountsAndActivityApiTest {

    private static final String REGULAR = "SIMACCOUNTREGULAR1";
    private static final String MASTER = "SIMACCOUNTMASTER01";
    private static final LocalDate TO = History.LAST_DAY;
    private static final LocalDate FROM = TO.minusDays(29);

    private static SimulatedZoom zoom;
    private static ZoomApi api;

    @BeforeAll
    static void start() {
        zoom = SimulatedZoom.start(SimulatorSettings.defaults(), REGULAR, MASTER);
        zoom.simulator().plans().set(MASTER, new AccountPlans.Plan(200, true));
        api = ZoomApi.create(zoom.vertx(), zoom.settings().withPageSize(10), new SimulatorTokens(zoom));
    }

    @AfterAll
    static void stop() {
        api.close();
        zoom.close();
    }

    @Test
    void readsPlanUsageOfARegularAndOfAMasterAccountAsOneType() {
        PlanUsage regular =
                api.accounts().planUsage(zoom.connection(REGULAR)).await().indefinitely();
        PlanSeats seats = regular.seats().orElseThrow();
        assertEquals(150, seats.hosts());
        assertTrue(seats.usage() > 0 && seats.available() == 150 - seats.usage());
        assertNull(seats.activeHosts());
        assertTrue(regular.planLargeMeeting().isEmpty());

        PlanUsage master = api.accounts()
                .planUsage(zoom.connection(MASTER), MASTER)
                .await()
                .indefinitely();
        assertEquals(200, master.seats().orElseThrow().hosts());
        assertNotNull(master.planBase().activeHosts());
        assertFalse(master.planLargeMeeting().isEmpty());
        assertNotNull(master.planRecording().planStorage());
    }

    @Test
    void listsRoles() {
        assertEquals(
                3,
                api.accounts()
                        .roles(zoom.connection(REGULAR))
                        .await()
                        .indefinitely()
                        .roles()
                        .size());
    }

    @Test
    void readsReportsAndParticipantsOfMeetingsWhoseUuidsNeedDoubleEncoding() {
        UUID connection = zoom.connection(REGULAR);
        List<ReportUser> hosts = api.reports()
                .users(connection, FROM, TO)
                .collect()
                .asList()
                .await()
                .indefinitely();
        assertTrue(hosts.size() > 10, "the report spans pages of 10");
        List<ReportMeeting> meetings = new ArrayList<>();
        for (ReportUser host : hosts) {
            meetings.addAll(api.reports()
                    .meetings(connection, host.id(), FROM, TO)
                    .collect()
                    .asList()
                    .await()
                    .indefinitely());
        }
        ReportMeeting awkward = meetings.stream()
                .filter(meeting -> ZoomPaths.needsDoubleEncoding(meeting.uuid()))
                .findFirst()
                .orElseThrow();
        ReportMeeting plain = meetings.stream()
                .filter(meeting -> !ZoomPaths.needsDoubleEncoding(meeting.uuid()))
                .findFirst()
                .orElseThrow();
        for (ReportMeeting meeting : List.of(awkward, plain)) {
            List<Participant> participants = api.pastMeetings()
                    .participants(connection, meeting.uuid())
                    .collect()
                    .asList()
                    .await()
                    .indefinitely();
            assertEquals(meeting.participantsCount(), participants.size(), meeting.uuid());
            assertTrue(participants.stream().allMatch(participant -> participant.joinTime() != null));
        }
        MeetingInstances instances =
                api.pastMeetings().instances(connection, awkward.id()).await().indefinitely();
        assertEquals(awkward.uuid(), instances.meetings().get(0).uuid());
    }

    @Test
    void readsPastWebinarsWithTheirHostsAndParticipantsWhoseUuidsNeedDoubleEncoding() {
        UUID connection = zoom.connection(REGULAR);
        List<DashboardWebinar> webinars = api.webinars()
                .past(connection, FROM, TO)
                .collect()
                .asList()
                .await()
                .indefinitely();
        assertEquals(5, webinars.size(), webinars.toString());
        assertTrue(webinars.stream().anyMatch(webinar -> ZoomPaths.needsDoubleEncoding(webinar.uuid())));
        for (DashboardWebinar webinar : webinars) {
            ReportMeeting report =
                    api.webinars().report(connection, webinar.uuid()).await().indefinitely();
            assertEquals(webinar.id(), report.id(), webinar.uuid());
            assertEquals(5, report.type(), "a webinar");
            assertNotNull(report.hostId(), "the report names the host the Dashboard does not");
            List<Participant> participants = api.webinars()
                    .participants(connection, webinar.uuid())
                    .collect()
                    .asList()
                    .await()
                    .indefinitely();
            assertEquals(report.participantsCount(), participants.size(), webinar.uuid());
        }
    }

    @Test
    void readsTheCallHistoryAcrossPages() {
        List<CallRecord> calls = api.phone()
                .callHistory(zoom.connection(REGULAR), FROM, TO)
                .collect()
                .asList()
                .await()
                .indefinitely();
        assertEquals(zoom.simulator().history().calls(REGULAR, FROM, TO).size(), calls.size());
        assertTrue(calls.size() > 10, "more than one page");
        assertTrue(calls.stream().allMatch(call -> call.startTime() != null && call.direction() != null));
    }
}
