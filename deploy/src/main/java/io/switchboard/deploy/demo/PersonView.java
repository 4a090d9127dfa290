package io.switchboard.deploy.demo;

import io.switchboard.deploy.demo.Views.Activity;
import io.switchboard.deploy.demo.Views.Summary;
import io.switchboard.deploy.demo.Views.Week;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Step 6: one mapped person's timeline and weekly summary, as their dashboard page shows them. */
final class PersonView extends DemoStep {

    private static final int SHOWN = 12;

    PersonView(DemoStack stack, Api admin, Narrator narrator) {
        super(stack, admin, narrator);
    }

    /** The person among {@code mapped} whose entries show the most kinds of activity (then the most entries). */
    static String featured(List<Activity> entries, Set<String> mapped) {
        Map<String, List<Activity>> byPerson = entries.stream()
                .filter(entry -> mapped.contains(entry.profileId()))
                .collect(Collectors.groupingBy(Activity::profileId, TreeMap::new, Collectors.toList()));
        return byPerson.entrySet().stream()
                .max(Comparator.<Map.Entry<String, List<Activity>>>comparingLong(person -> person.getValue().stream()
                                .map(Activity::type)
                                .distinct()
                                .count())
                        .thenComparingInt(person -> person.getValue().size()))
                .map(Map.Entry::getKey)
                .orElseThrow(() -> new DemoFailure("No mapped person has any activity on the timeline"));
    }

    DemoOutcome.Person run(String person) {
        narrator.step("The timeline and weekly summary of " + person);
        narrator.say("(the mapped person with the most kinds of activity, host of the dropped meeting)");
        narrator.curl(reads.timelineUrl(person));
        List<Activity> timeline = reads.timeline(person);
        narrator.result("%d entries, by type %s; the newest:", timeline.size(), countByType(timeline));
        timeline.stream().limit(SHOWN).forEach(this::entry);
        String summaryUrl = stack.org(stack.activity(), "/profiles/" + person + "/summary");
        narrator.curl(summaryUrl);
        Summary summary = admin.get(summaryUrl, Summary.class);
        narrator.result("per ISO week (the last 12 weeks, weeks without activity left out):");
        narrator.say("week of      hosted  attended  webinars h/a  minutes  calls p/r/m  collaborators");
        summary.weeks().forEach(this::week);
        return new DemoOutcome.Person(timeline, summary);
    }

    private void entry(Activity entry) {
        String what = "phone".equals(entry.type())
                ? (entry.otherParty() == null ? "" : entry.otherParty() + ", ") + entry.result()
                : "'" + entry.title() + "', " + entry.participants() + " participants";
        narrator.say(
                "%s  %-7s %-8s %4d min  %s",
                Narrator.time(entry.startedAt()),
                entry.type(),
                entry.role(),
                entry.durationSeconds() == null ? 0 : entry.durationSeconds() / 60,
                what);
    }

    private void week(Week week) {
        narrator.say(
                "%s  %6d  %8d  %6d/%-5d  %7d  %5d/%d/%d  %13d",
                week.weekStart(),
                week.meetingsHosted(),
                week.meetingsAttended(),
                week.webinarsHosted(),
                week.webinarsAttended(),
                week.minutesInMeetings(),
                week.callsPlaced(),
                week.callsReceived(),
                week.callsMissed(),
                week.collaborators());
    }

    private static Map<String, Long> countByType(List<Activity> entries) {
        return entries.stream().collect(Collectors.groupingBy(Activity::type, TreeMap::new, Collectors.counting()));
    }
}
