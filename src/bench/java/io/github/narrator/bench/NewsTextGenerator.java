package io.github.narrator.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.jspecify.annotations.Nullable;

/**
 * Writes English news prose of any length for benchmarks: a local-affairs story about one town,
 * with quotes, figures, money, percentages, dates and abbreviations (what the script's normaliser
 * has to work on), in paragraphs of two to five sentences under occasional subheadings. The same
 * seed always gives the same story, so a benchmark narrates the same words on every commit.
 */
final class NewsTextGenerator {

    private static final String[] TOWNS = {"Ashbury", "Millford", "Kessling", "Harrowgate", "Dunmore", "Fenwick",
        "Bramley", "Oakhurst", "Westcombe", "Larkspur", "Thornby", "Calder Bay"};
    private static final String[] TOPICS = {"bus network", "water treatment plant", "library service",
        "hospital emergency department", "school building programme", "flood defence scheme", "housing plan",
        "harbour dredging contract", "recycling centre", "road repair budget", "tram extension", "youth centre"};
    private static final String[] BODIES = {"county council", "city council", "regional health board",
        "transport authority", "planning committee", "port authority", "water utility", "education department"};
    private static final String[] FIRST_NAMES = {"Maria", "James", "Aisha", "Tomasz", "Grace", "Daniel", "Priya",
        "Owen", "Helena", "Samuel", "Ngozi", "Ruth", "Mateo", "Eleanor", "Kwame", "Sofia"};
    private static final String[] LAST_NAMES = {"Okafor", "Hughes", "Lindqvist", "Patel", "Moreno", "Fitzgerald",
        "Nakamura", "Brennan", "Kowalski", "Achebe", "Duval", "Harrington", "Osei", "Whitfield"};
    private static final String[] ROLES = {"the council's finance chief", "a local business owner", "the union's regional secretary",
        "a retired engineer who has followed the project for years", "the opposition leader", "a spokesperson for the authority",
        "the chair of the residents' association", "an economist at the state university", "a nurse at the local clinic",
        "the head teacher of the primary school"};
    private static final String[] TITLES = {"Dr.", "Gen.", "Prof.", "Mr.", "Ms."};
    private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};
    private static final String[] AGENCIES = {"the Office for National Statistics", "the U.S. Census Bureau",
        "the regional audit office", "an independent review", "the transport watchdog", "a parliamentary committee"};
    private static final String[] MEASURES = {"waiting times", "passenger numbers", "repair costs", "complaints",
        "average rents", "staff vacancies", "energy bills", "journey times"};
    private static final String[] ACTIONS = {"approved", "delayed", "scaled back", "reopened talks on", "put out to tender",
        "asked for a fresh review of", "agreed to fund", "set aside money for"};
    private static final String[] PROBLEMS = {"crowded buses at rush hour", "potholes on the ring road", "the closure of the branch library",
        "long queues at the clinic", "flooding on Mill Lane", "rising rents near the station", "the lack of evening services"};
    private static final String[] OBJECTIONS = {"the timetable was unrealistic", "the cost had been understated",
        "residents had not been consulted", "the money would be better spent elsewhere", "the contract favoured one bidder",
        "the plan ignored the town's older residents"};
    private static final String[] QUOTES = {
        "We have waited long enough, and people are tired of promises",
        "This is the most important decision the council will take this decade",
        "Nobody is pretending it will be cheap, but doing nothing costs more",
        "The numbers simply do not add up, and the public deserves better",
        "We listened to thousands of residents, and this plan reflects what they told us",
        "I have lived here for forty years and I have never seen it this bad",
        "It is a step in the right direction, though it comes far too late",
        "Our staff are doing extraordinary work under very difficult conditions"};
    private static final String[] SUBHEADINGS = {"What happens next", "The cost", "How we got here", "What residents say",
        "The opposition", "A long history", "Questions remain", "The wider picture", "Who pays", "The timetable"};

    private static final int SENTENCE_KINDS = 12;

    private final SplittableRandom random;
    private int lastKind = SENTENCE_KINDS;
    private final String town;
    private final String topic;
    private final String body;

    NewsTextGenerator(long seed) {
        this.random = new SplittableRandom(seed);
        this.town = pick(TOWNS);
        this.topic = pick(TOPICS);
        this.body = pick(BODIES);
    }

    String town() {
        return town;
    }

    String headline() {
        return switch (random.nextInt(4)) {
            case 0 -> capitalise(town) + " " + body + " " + pick(ACTIONS) + " " + topic + " after months of debate";
            case 1 -> "Cost of " + town + "'s " + topic + " rises to $" + money() + " million";
            case 2 -> capitalise(topic) + ": what the " + body + "'s decision means for " + town;
            default -> town + " residents divided over " + topic + " as " + body + " votes";
        };
    }

    String person() {
        return pick(FIRST_NAMES) + " " + pick(LAST_NAMES);
    }

    /**
     * Sections of paragraphs adding up to about {@code words} words (headings included): the last
     * sentence stops at or just past the count.
     */
    List<GeneratedSection> sections(int words) {
        if (words < 1) {
            throw new IllegalArgumentException("an article needs at least one word, not " + words);
        }
        List<GeneratedSection> sections = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        String heading = null;
        int count = 0;
        int paragraphsInSection = 0;
        while (count < words) {
            if (paragraphsInSection >= 4 && words - count > 50 && random.nextInt(3) == 0) {
                sections.add(new GeneratedSection(heading, paragraphs));
                paragraphs = new ArrayList<>();
                heading = pick(SUBHEADINGS);
                count += wordCount(heading);
                paragraphsInSection = 0;
            }
            StringBuilder paragraph = new StringBuilder();
            int sentences = 2 + random.nextInt(4);
            for (int i = 0; i < sentences && count < words; i++) {
                String sentence = sentence();
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(sentence);
                count += wordCount(sentence);
            }
            paragraphs.add(paragraph.toString());
            paragraphsInSection++;
        }
        sections.add(new GeneratedSection(heading, paragraphs));
        return sections;
    }

    /** A sentence of one of twelve kinds, never the same kind twice running. */
    String sentence() {
        int kind = random.nextInt(SENTENCE_KINDS - 1);
        kind = kind >= lastKind ? kind + 1 : kind;
        lastKind = kind;
        return switch (kind) {
            case 0 -> "The " + body + " " + pick(ACTIONS) + " the " + topic + " on " + pick(WEEKDAYS)
                    + ", ending a dispute that has run since " + year() + ".";
            case 1 -> "\u201c" + pick(QUOTES) + ",\u201d said " + person() + ", " + pick(ROLES) + ".";
            case 2 -> capitalise(pick(MEASURES)) + " have risen by " + percent() + " since " + year()
                    + ", according to figures published by " + pick(AGENCIES) + ".";
            case 3 -> "Critics say " + pick(OBJECTIONS) + ", and that the $" + money() + " million budget does little to fix "
                    + pick(PROBLEMS) + ".";
            case 4 -> "Residents of " + town + " have complained for years about " + pick(PROBLEMS) + ".";
            case 5 -> pick(TITLES) + " " + person() + ", who led the review, told reporters that " + pick(OBJECTIONS)
                    + " but that the work should go ahead.";
            case 6 -> "About " + thousands() + " people signed a petition in " + pick(MONTHS) + ", and " + percent()
                    + " of those who answered the council's survey backed the plan.";
            case 7 -> "The first phase is due to begin on " + pick(MONTHS) + " " + (1 + random.nextInt(28)) + ", "
                    + (2026 + random.nextInt(3)) + ", and to finish within " + (6 + random.nextInt(30)) + " months.";
            case 8 -> "Officials said the " + topic + " would serve roughly " + thousands()
                    + " households, " + "though that estimate was made before the latest revisions.";
            case 9 -> "A report to the committee, seen by this newspaper, puts the annual running cost at $"
                    + (1 + random.nextInt(9)) + "." + random.nextInt(10) + " million, against $"
                    + (1 + random.nextInt(9)) + "." + random.nextInt(10) + " million today.";
            case 10 -> "In " + year() + ", a similar scheme in a neighbouring county was abandoned after costs doubled.";
            default -> "The decision will be reviewed at the next meeting, on " + pick(WEEKDAYS) + ", " + pick(MONTHS)
                    + " " + (1 + random.nextInt(28)) + ".";
        };
    }

    private String pick(String[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    private String year() {
        return String.valueOf(1998 + random.nextInt(27));
    }

    private String percent() {
        return random.nextBoolean() ? (3 + random.nextInt(60)) + "%" : (1 + random.nextInt(40)) + "." + random.nextInt(10) + "%";
    }

    private String money() {
        return (2 + random.nextInt(300)) + (random.nextBoolean() ? "" : "." + random.nextInt(10));
    }

    private String thousands() {
        return String.format(Locale.ROOT, "%,d", 1_000 + random.nextInt(90_000));
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static int wordCount(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    /** A run of paragraphs, after a subheading (null for the first). */
    record GeneratedSection(@Nullable String heading, List<String> paragraphs) {
        GeneratedSection {
            paragraphs = List.copyOf(paragraphs);
        }
    }
}
