package io.switchboard.zoom.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Path segments and Zoom's rule for meeting UUIDs. */
class ZoomPathsTest {

    @Test
    void encodesMeetingUuidsTwiceOnlyWhenTheyStartWithASlashOrHoldTwo() {
        assertEquals("4444AAAiAAAAAiAiAiiAii%3D%3D", ZoomPaths.meetingUuid("4444AAAiAAAAAiAiAiiAii=="));
        assertEquals("ab%2Fc%2Bd%3D%3D", ZoomPaths.meetingUuid("ab/c+d=="), "one slash inside: once");
        assertEquals("%252Fab%252Bc%253D%253D", ZoomPaths.meetingUuid("/ab+c=="));
        assertEquals("ab%252F%252Fcd%253D%253D", ZoomPaths.meetingUuid("ab//cd=="));
    }

    @Test
    void encodesUserIdsAndEmailsAsOneSegment() {
        assertEquals("jill%2Bzoom%40example.com", ZoomPaths.segment("jill+zoom@example.com"));
        assertEquals("a%20b", ZoomPaths.segment("a b"));
        assertThrows(IllegalArgumentException.class, () -> ZoomPaths.segment(""));
    }

    @Test
    void fillsEndpointTemplatesInOrder() {
        assertEquals("/users/u1/status", Endpoint.UPDATE_USER_STATUS.path("u1"));
        assertEquals("/users", Endpoint.LIST_USERS.path());
        assertThrows(IllegalArgumentException.class, () -> Endpoint.GET_USER.path());
        assertThrows(IllegalArgumentException.class, () -> Endpoint.LIST_USERS.path("extra"));
    }
}
