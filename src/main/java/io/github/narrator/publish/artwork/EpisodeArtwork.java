package io.github.narrator.publish.artwork;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.narrator.audio.CoverArt;
import io.github.narrator.extract.Article;
import io.github.narrator.fetch.FetchException;
import io.github.narrator.fetch.PageFetcher;
import io.github.narrator.fetch.SourcePolicy;

import org.jspecify.annotations.Nullable;

/**
 * Each episode's picture: the article's lead image, fetched like a page and made a square JPEG
 * ({@code cover.jpg} in the narration's folder, also its MP3's APIC), or the channel cover when the
 * article has none or it cannot be used (the reason is kept in the narration's metadata).
 *
 * <p>The image is fetched under the policy the article's own page would be: an article from the web
 * may show an image from any public host (news sites serve them from their image hosts), never from
 * a private address or a local file; a local page only an image beside it. The fetcher's time limits
 * and size cap apply. Fetching runs beside the synthesis, so a slow image host does not hold a voice.
 */
public final class EpisodeArtwork implements CoverArt {

    public static final String FILE = io.github.narrator.files.NarrationFiles.COVER;
    private static final Logger LOG = LoggerFactory.getLogger(EpisodeArtwork.class);

    private final PageFetcher fetcher;
    private final Supplier<byte[]> channelCover;
    private final boolean leadImages;
    private final ExecutorService downloads = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "narrator-artwork");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * @param channelCover the channel's cover (JPEG or PNG) for episodes without their own picture;
     *                     asked for once, when the first narration without a picture of its own is tagged
     * @param leadImages   whether articles' lead images are used at all
     */
    public EpisodeArtwork(PageFetcher fetcher, Supplier<byte[]> channelCover, boolean leadImages) {
        this.fetcher = fetcher;
        this.channelCover = memoized(channelCover);
        this.leadImages = leadImages;
    }

    @Override
    public Future<Cover> find(Article article, Path dir) {
        if (!leadImages || article.leadImageUrl() == null || article.leadImageUrl().isBlank()) {
            // Nothing to wait for but the CPU: the channel cover is read (or drawn, the first time) when
            // the tag needs it, not beside the voice's first seconds of speech.
            return new FutureTask<>(() -> channel(null));
        }
        return downloads.submit(() -> episode(article, dir));
    }

    private Cover episode(Article article, Path dir) {
        String location = article.leadImageUrl().strip();
        try {
            byte[] image = fetcher.fetchFile(location, policyFor(article)).body();
            byte[] jpeg = EpisodeImage.squareJpeg(image);
            Files.write(dir.resolve(FILE), jpeg);
            return new Cover(jpeg, FILE, null);
        } catch (FetchException e) {
            return refused(location, "it could not be fetched: " + e.getMessage());
        } catch (EpisodeImage.Refused e) {
            return refused(location, e.getMessage());
        } catch (IOException e) {
            return refused(location, "it could not be written: " + e.getMessage());
        }
    }

    private Cover refused(String location, String reason) {
        String note = "the lead image " + location + " is not used: " + reason;
        LOG.debug(note);
        return channel(note);
    }

    private Cover channel(@Nullable String note) {
        return new Cover(channelCover.get(), null, note);
    }

    private static Supplier<byte[]> memoized(Supplier<byte[]> supplier) {
        AtomicReference<byte[]> value = new AtomicReference<>();
        return () -> {
            byte[] known = value.get();
            if (known == null) {
                synchronized (value) {
                    known = value.get();
                    if (known == null) {
                        known = supplier.get();
                        value.set(known);
                    }
                }
            }
            return known;
        };
    }

    /** Web pages: any public host; local pages: the page's own folder. */
    static SourcePolicy policyFor(Article article) {
        String page = article.sourceUrl() != null ? article.sourceUrl() : article.canonicalUrl();
        try {
            URI uri = page == null ? null : URI.create(page);
            if (uri != null && "file".equalsIgnoreCase(uri.getScheme())) {
                return SourcePolicy.localFiles(Path.of(uri).getParent());
            }
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException notAFile) {
            // not a local page: the web policy below
        }
        return SourcePolicy.publicWeb();
    }
}
