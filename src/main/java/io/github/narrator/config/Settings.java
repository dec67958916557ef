package io.github.narrator.config;

import static io.github.narrator.config.SettingType.bool;
import static io.github.narrator.config.SettingType.checkedBy;
import static io.github.narrator.config.SettingType.decimal;
import static io.github.narrator.config.SettingType.duration;
import static io.github.narrator.config.SettingType.httpUrl;
import static io.github.narrator.config.SettingType.oneOf;
import static io.github.narrator.config.SettingType.path;
import static io.github.narrator.config.SettingType.positiveDuration;
import static io.github.narrator.config.SettingType.requiredText;
import static io.github.narrator.config.SettingType.text;
import static io.github.narrator.config.SettingType.wholeNumber;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.github.narrator.audio.AudioTags;
import io.github.narrator.audio.Mp3Encoder;
import io.github.narrator.extract.SiteRule;
import io.github.narrator.serve.TrustedProxies;
import io.github.narrator.speech.Synthesizer;

/**
 * Every setting Narrator reads, declared once: key, values, default and meaning. The defaults file
 * ({@code narrator-defaults.properties}) and the README's settings table are rendered from this list
 * ({@link SettingsReference}) and a test fails when either drifts; start-up validation and
 * {@code narrator config} read it directly. To add a setting, add it here.
 */
public final class Settings {

    /** A group of settings, with the line that introduces them in the defaults file. */
    public record Section(String title, List<Setting> settings) {
    }

    public static final List<Section> SECTIONS = List.of(
            section("Where narrations go, and where the source routes are.",
                    setting("narrator.out", path("folder"), "out", "output folder"),
                    setting("narrator.routes", path("folder"), "routes", "folder of the YAML source routes `run` loads")),
            section("Narration workers and the queue in front of them.",
                    setting("narrator.workers", wholeNumber(0, 256), "0",
                            "narration workers, one voice each; 0 means one per CPU core"),
                    setting("narrator.queue.size", wholeNumber(1, 100_000), "100",
                            "articles waiting for a worker, at most; sources pause when it is full")),
            section("The AI disclosure: spoken after the title and written into every file.",
                    setting("narrator.disclosure.label", requiredText(), "This audio is created with AI assistance.",
                            "spoken and written AI disclosure"),
                    setting("narrator.disclosure.digital-source-type", httpUrl(false),
                            AudioTags.IPTC_TRAINED_ALGORITHMIC_MEDIA,
                            "IPTC digital source type, in TXXX:DIGITAL_SOURCE_TYPE and metadata.json")),
            section("What is said.",
                    setting("narrator.outro.credit", text(), "Narrated by Narrator, a synthetic voice.",
                            "the outro's last sentence, after the one naming the publisher"),
                    setting("narrator.lexicon", path("file"), "lexicon/en.txt",
                            "pronunciation lexicon, one `written = respelling` a line (a copy is bundled in the jar)")),
            section("Voice and audio.",
                    setting("narrator.voice", oneOf("FreeTTS voice", Synthesizer::voiceNames), "kevin16",
                            "the FreeTTS voice; pages in a language it cannot read are refused"),
                    setting("narrator.voice.words-per-minute", decimal(50, 400), "150", "speaking rate"),
                    setting("narrator.mp3.bitrate-kbps", oneOf(bitrates()), "48", "MP3 bitrate (CBR, mono, 16 kHz)"),
                    setting("narrator.mp3.encoder-thread", oneOf("auto", "off"), "auto",
                            "auto: encode an article's MP3 on a thread of its own while a core is free; off: always in its worker"),
                    setting("narrator.loudness.target-lufs", checkedBy("LUFS from -40 to -5, or off", Settings::loudnessTarget), "-16",
                            "integrated loudness of every narration (EBU R128); -16 is what podcast apps play at, -19 suits a mono programme; off keeps the voice's own level (about -24)"),
                    setting("narrator.loudness.max-true-peak-dbtp", decimal(-9, 0), "-1",
                            "highest true peak after loudness, dBTP"),
                    setting("narrator.wav", bool(), "false", "also write narration.wav"),
                    setting("narrator.watermark.enabled", bool(), "true",
                            "add the inaudible watermark narrator verify reads back (off only to measure its cost)"),
                    setting("narrator.watermark.key", text(), "",
                            "a publisher's own watermark key instead of the published default; never written to any output")),
            section("Extraction: what counts as an article.",
                    setting("narrator.extract.min-body-words", wholeNumber(1, 100_000), "50",
                            "fewer body words than this and the page is refused (a paywall stub, a teaser)"),
                    setting("narrator.extract.max-words", wholeNumber(1, 10_000_000), "50000",
                            "more body words than this and the page is refused before narration (50,000 words: 5.5 hours)"),
                    setting("narrator.extract.languages", checkedBy("language codes, comma-separated; * for any",
                                    Settings::languageList), "en",
                            "languages the voice reads; pages in others are refused"),
                    setting("narrator.extract.site.<host>.include", checkedBy("CSS selectors", Settings::selectors), "",
                            "the article body on that host (a per-site fix), e.g. `div.story-text`"),
                    setting("narrator.extract.site.<host>.exclude", checkedBy("CSS selectors", Settings::selectors), "",
                            "clutter never read on that host, e.g. `.promo, .related`")),
            section("Fetching.",
                    setting("narrator.fetch.connect-timeout", positiveDuration(), "10s",
                            "time to open a connection"),
                    setting("narrator.fetch.read-timeout", positiveDuration(), "30s",
                            "time for a whole response, headers and body"),
                    setting("narrator.fetch.max-bytes", wholeNumber(1024, Integer.MAX_VALUE), "5242880",
                            "pages are cut at this size, in bytes, after decompression"),
                    setting("narrator.fetch.max-redirects", wholeNumber(0, 20), "5", "redirects followed, each checked"),
                    setting("narrator.fetch.retries", wholeNumber(0, 20), "3",
                            "retries on 5xx, 429 and time-outs, doubling the delay (a `Retry-After` wins)"),
                    setting("narrator.fetch.retry-delay", duration(Duration.ZERO), "1s", "delay before the first retry"),
                    setting("narrator.fetch.max-retry-after", duration(Duration.ZERO), "2m",
                            "a longer `Retry-After` is not waited for: the page is recorded (retryable) for a later run"),
                    setting("narrator.fetch.user-agent", requiredText(),
                            "Narrator/{version} (article narration; +https://github.com/narrator)",
                            "sent with every request; {version} is Narrator's version"),
                    setting("narrator.fetch.allow-private-addresses", bool(), "false",
                            "fetch loopback and private addresses too (tests only)"),
                    setting("narrator.fetch.concurrency", wholeNumber(1, 256), "8",
                            "articles fetched and made ready for narration (extract, script) at once"),
                    setting("narrator.fetch.host.max-in-flight", wholeNumber(1, 64), "4",
                            "requests to one host in flight at once, at most"),
                    setting("narrator.fetch.host.delay", duration(Duration.ZERO), "0.1s",
                            "time between the starts of two requests to one host, at least (a longer robots.txt Crawl-delay wins)"),
                    setting("narrator.fetch.robots", bool(), "true",
                            "obey robots.txt: a page it disallows is recorded as failed (turn off only for a site you run)"),
                    setting("narrator.fetch.robots.user-agent", checkedBy("a robots.txt product token (letters, _ and -)",
                                    Settings::productToken), "Narrator",
                            "whose rules in robots.txt apply; the `*` group applies when none names it"),
                    setting("narrator.fetch.robots.max-crawl-delay", duration(Duration.ZERO), "30s",
                            "a site whose robots.txt asks for a longer Crawl-delay is not fetched from (its pages fail)")),
            section("Time limits of the stages after fetching: a page that makes a parser run away fails instead"
                            + " of hanging the batch.",
                    setting("narrator.stage.extract-timeout", positiveDuration(), "60s",
                            "time limit of extracting one page"),
                    setting("narrator.stage.script-timeout", positiveDuration(), "60s",
                            "time limit of writing one script"),
                    setting("narrator.stage.narrate-timeout", positiveDuration(), "30m",
                            "time limit of one narration (synthesis, encoding, tagging)"),
                    setting("narrator.stage.shutdown-timeout", positiveDuration(), "30s",
                            "how long a stopping run waits for narrations in progress; the rest are recorded as failed, retryable")),
            section("Sources: how much one poll takes, and how often routes poll.",
                    setting("narrator.source.max-items", wholeNumber(1, 1_000_000), "500",
                            "links taken from one feed, sitemap or URL list per poll (a sitemap's newest first)"),
                    setting("narrator.source.max-sitemaps", wholeNumber(1, 10_000), "10",
                            "sitemaps read per poll of a sitemap index (the most recently modified first)"),
                    setting("narrator.poll.repeat", wholeNumber(0, Integer.MAX_VALUE), "0",
                            "polls of each source, 0 for no end (`run --once` sets 1)"),
                    setting("narrator.poll.period", duration(Duration.ofSeconds(1)), "15m", "time between polls of a feed")),
            section("The work queue between ingest and narration: seda (in-JVM, one process) or artemis (a broker"
                            + " shared by any number of worker processes).",
                    setting("narrator.queue", oneOf("seda", "artemis"), "seda", "the work queue"),
                    setting("narrator.role", oneOf("both", "ingest", "worker"), "both",
                            "what this process does; ingest and worker need narrator.queue=artemis"),
                    setting("narrator.artemis.url", requiredText(), "tcp://127.0.0.1:61616",
                            "the broker; `narrator broker` listens at its host and port"),
                    setting("narrator.artemis.user", text(), "", "broker user"),
                    setting("narrator.artemis.password", text(), "", "broker password"),
                    setting("narrator.artemis.queue", requiredText(), "narrator.work",
                            "the work queue's name; its dead-letter queue is <queue>.dlq"),
                    setting("narrator.artemis.max-deliveries", wholeNumber(1, 1000), "3",
                            "deliveries of one item before it goes to the dead-letter queue"),
                    setting("narrator.broker.data", path("folder"), "broker",
                            "where `narrator broker` keeps its journal (work items hold article text: keep it out of what is served)"),
                    setting("narrator.claim-lifetime", duration(Duration.ofSeconds(1)), "24h",
                            "an article queued but not narrated within this time may be queued again")),
            section("Serving out/ (narrator serve).",
                    setting("narrator.serve.host", requiredText(), "127.0.0.1",
                            "address `serve` listens on; 0.0.0.0 for every interface"),
                    setting("narrator.serve.port", wholeNumber(0, 65535), "8080", "port `serve` listens on"),
                    setting("narrator.serve.header-timeout", positiveDuration(), "10s",
                            "time a client has to send a request's headers, however slowly it sends them"),
                    setting("narrator.serve.trusted-proxies", checkedBy("IP addresses, CIDR blocks or ranges, comma-separated",
                                    TrustedProxies::parse), TrustedProxies.LOOPBACK,
                            "reverse proxies whose X-Forwarded-For/-Host/-Proto headers `serve` believes (the client's"
                                    + " address for the API's rate limit, the host its links name); from others they are"
                                    + " ignored; empty: from none")),
            section("The submit API: POST /api/narrations on `serve` and `run --serve`, for a CMS asking for a narration.",
                    setting("narrator.api.token", checkedBy("empty, or a secret of 16 or more characters", Settings::apiToken), "",
                            "the bearer token a client sends (Authorization: Bearer <token>); empty: the API is off (404)"),
                    setting("narrator.api.allow-hosts", text(), "",
                            "hosts (and subdomains; host:port for another port) whose article URLs the API accepts,"
                                    + " comma-separated; * for any public host; needed when the token is set"),
                    setting("narrator.api.max-body", wholeNumber(1024, 16L * 1024 * 1024), "65536",
                            "largest request body, in bytes (413 above)"),
                    setting("narrator.api.max-urls", wholeNumber(1, 10_000), "100", "URLs in one request, at most (413 above)"),
                    setting("narrator.api.requests-per-minute", wholeNumber(1, 100_000), "60",
                            "submissions and refused tokens per client address a minute (429 with Retry-After above)"),
                    setting("narrator.api.statuses", wholeNumber(10, 1_000_000), "10000",
                            "submissions whose status is kept (out/state/api-submissions.json); the oldest finished go first")),
            section("The podcast feed (out/feed.xml), playlist (out/feed.m3u) and player pages (out/index.html).",
                    setting("narrator.feed.base-url", httpUrl(true), "",
                            "the https address out/ is published at, e.g. https://news.example/listen: feed links and"
                                    + " enclosures are absolute URLs under it; empty: they point at http://127.0.0.1:8080 and"
                                    + " `serve` answers with its own address (run, convert and serve warn until it is set)"),
                    setting("narrator.feed.title", requiredText(), "Narrator", "channel title"),
                    setting("narrator.feed.description", text(), "News articles read aloud by a synthetic voice.",
                            "channel description (the disclosure label is added to it)"),
                    setting("narrator.feed.link", httpUrl(true), "",
                            "the channel's web site; empty means the player page at the base URL"),
                    setting("narrator.feed.language", requiredText(), "en", "channel language, e.g. en or en-GB"),
                    setting("narrator.feed.author", requiredText(), "Narrator", "itunes:author"),
                    setting("narrator.feed.owner-name", text(), "", "itunes:owner name; empty means the author"),
                    setting("narrator.feed.owner-email", text(), "",
                            "itunes:owner email: directories use it to verify who owns the feed (a warning while empty)"),
                    setting("narrator.feed.image", text(), "",
                            "cover art: a local JPEG or PNG, square, 1400-3000 px (also the MP3s' cover; any other stops"
                                    + " the run), or an http(s) URL; empty draws one with the channel title"),
                    setting("narrator.feed.category", requiredText(), "News", "Apple Podcasts category"),
                    setting("narrator.feed.subcategory", text(), "Daily News", "Apple Podcasts subcategory, or empty"),
                    setting("narrator.feed.explicit", bool(), "false", "itunes:explicit"),
                    setting("narrator.feed.guid", checkedBy("a UUID, or empty", Settings::uuid), "",
                            "the channel's podcast:guid; empty: made once for out/ and kept in out/state/podcast-guid,"
                                    + " never changed by the base URL"),
                    setting("narrator.feed.item-cap", wholeNumber(1, 100_000), "300",
                            "items in feed.xml and on index.html, newest first; older ones in archive/<n>.xml and"
                                    + " .html, 100 a page (RFC 5005 archived feeds)"),
                    setting("narrator.feed.pub-date", oneOf("episode", "article"), "episode",
                            "an item's pubDate: when the episode first appeared, or the article's own date (for archives)"),
                    setting("narrator.artwork.lead-image", bool(), "true",
                            "use an article's lead image as its episode's picture (itunes:image, the MP3's cover), made a"
                                    + " 1400-pixel square JPEG, or refused with the reason in metadata.json"),
                    setting("narrator.feed.per-source", bool(), "false",
                            "also a feed and playlist per source route (out/feeds/<route id>/); off removes any left"),
                    setting("narrator.feed.source.<route id>.title", text(), "",
                            "a route feed's channel title; without one, narrator.feed.title, a dash and the route id")));

    /** Every setting, in the order of the sections. */
    public static final List<Setting> ALL = SECTIONS.stream().flatMap(section -> section.settings().stream()).toList();

    private Settings() {
    }

    /** The declaration a key belongs to, exact keys before families. */
    public static Optional<Setting> find(String key) {
        return ALL.stream().filter(setting -> !setting.isFamily() && setting.key().equals(key)).findFirst()
                .or(() -> ALL.stream().filter(setting -> setting.isFamily() && setting.matches(key)).findFirst());
    }

    /** The declaration of a key the code reads; a key missing here is a bug, not a user's mistake. */
    static Setting declared(String key) {
        return find(key).orElseThrow(() -> new IllegalStateException("setting " + key + " is not declared in Settings"));
    }

    private static Section section(String title, Setting... settings) {
        return new Section(title, List.of(settings));
    }

    private static Setting setting(String key, SettingType type, String defaultValue, String meaning) {
        return new Setting(key, type, defaultValue, meaning);
    }

    private static String[] bitrates() {
        return Mp3Encoder.BITRATES_KBPS.stream().sorted().map(String::valueOf).toArray(String[]::new);
    }

    private static Object languageList(String value) {
        boolean valid = Arrays.stream(value.split(",")).map(String::strip)
                .allMatch(tag -> tag.equals("*") || tag.matches("[A-Za-z]{2,3}"));
        if (!valid || value.isBlank()) {
            throw new IllegalArgumentException("must be language codes like en or en, fr (or * for any)");
        }
        return value;
    }

    /** A bearer token: long enough not to be guessed, and only characters a header carries unchanged. */
    private static Object apiToken(String value) {
        String token = value.strip();
        if (!token.isEmpty() && (token.length() < 16 || !token.matches("[A-Za-z0-9._~+/=-]+"))) {
            throw new IllegalArgumentException("must be empty (API off) or 16 or more letters, digits or ._~+/=-");
        }
        return token;
    }

    private static Object uuid(String value) {
        return value.isBlank() ? value : java.util.UUID.fromString(value.strip());
    }

    private static Object productToken(String value) {
        if (!value.matches("[A-Za-z_-]+")) {
            throw new IllegalArgumentException("must be a product token such as Narrator (letters, _ and -)");
        }
        return value;
    }

    private static Object selectors(String value) {
        return new SiteRule(List.of(value), List.of());
    }

    /** A loudness target: "off", or LUFS from -40 to -5. */
    private static Object loudnessTarget(String value) {
        if (value.strip().equalsIgnoreCase("off")) {
            return value;
        }
        try {
            double lufs = Double.parseDouble(value.strip());
            if (lufs < -40 || lufs > -5) {
                throw new IllegalArgumentException("must be from -40 to -5 LUFS, or off");
            }
            return lufs;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be a number of LUFS (e.g. -16) or off");
        }
    }
}
