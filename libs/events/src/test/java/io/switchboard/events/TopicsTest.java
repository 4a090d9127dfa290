package io.switchboard.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void everyPrimaryTopicHasExactlyOneDeadLetterTopic() {
        List<TopicSpec> all = Topics.all();
        assertEquals(Topics.primary().size() * 2, all.size());
        for (TopicSpec topic : Topics.primary()) {
            assertTrue(all.contains(new TopicSpec(topic.name() + ".dlq", false)), topic.name());
        }
    }

    @Test
    void topicNamesAreUnique() {
        Set<String> names = new HashSet<>();
        Topics.all().forEach(topic -> assertTrue(names.add(topic.name()), topic.name()));
    }

    @Test
    void onlyTheStateTopicsAreCompacted() {
        Set<String> compacted = new HashSet<>();
        Topics.all().stream().filter(TopicSpec::compacted).forEach(t -> compacted.add(t.name()));
        assertEquals(Set.of(Topics.ZOOM_USERS, Topics.MAPPINGS), compacted);
        assertFalse(new TopicSpec(Topics.MAPPINGS, true).deadLetter().compacted());
    }

    @Test
    void rejectsBlankTopicName() {
        assertThrows(IllegalArgumentException.class, () -> new TopicSpec(" ", false));
    }

    @Test
    void aTopicCarriesOnlyItsOwnFamilyOfEventTypes() {
        assertTrue(Topics.carries(Topics.ZOOM_APP, "app_deauthorized"));
        assertTrue(Topics.carries(Topics.ZOOM_APP, "account.updated"));
        assertTrue(Topics.carries(Topics.dlq(Topics.ZOOM_APP), "app_deauthorized"));
        assertFalse(Topics.carries(Topics.ZOOM_APP, "meeting.started"));
        assertFalse(Topics.carries(Topics.ZOOM_MEETING, "meetings.started"));
        assertTrue(Topics.carries(Topics.ZOOM_UNROUTED, "anything.at_all"));
    }

    @Test
    void aTopicNamesTheTypesItCarries() {
        assertEquals(List.of("app_deauthorized", "account.*"), Topics.eventTypes(Topics.ZOOM_APP));
        assertEquals(List.of(), Topics.eventTypes(Topics.ZOOM_UNROUTED));
        assertEquals(List.of(), Topics.eventTypes("no.such.topic"));
    }
}
