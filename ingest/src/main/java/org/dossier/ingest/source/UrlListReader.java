package org.dossier.ingest.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;

import org.dossier.ingest.fetch.Fetched;
import org.dossier.ingest.fetch.HttpFetcher;
import org.dossier.ingest.parse.UnreadableDocumentException;

/**
 * The pages of a URL list or a feed. A list is a text file with one URL a line; a line
 * {@code feed URL} names an RSS or Atom feed, whose items are taken; blank lines and lines
 * starting with {@code #} are left out. A source given as a URL is a feed. Feed items seen in an
 * earlier run (by their id) are left out, and a page fetched before is asked for only if it
 * changed (its ETag or Last-Modified). A feed that cannot be fetched or read is one of the
 * listing's {@link #problems()}, and the rest goes on.
 */
public class UrlListReader extends ListedSourceReader {

    private final String source;
    private final HttpFetcher fetcher;
    private final Map<String, String> seen;

    /**
     * @param source a URL list's path, or a feed's URL
     * @param seen the source's cursor: item key to version
     */
    public UrlListReader(String source, HttpFetcher fetcher, Map<String, String> seen) {
        this.source = source;
        this.fetcher = fetcher;
        this.seen = seen;
    }

    public static boolean isUrl(String input) {
        return SourceItem.isWebAddress(input);
    }

    @Override
    protected List<SourceItem> list() throws Exception {
        List<SourceItem> found = new ArrayList<>();
        if (isUrl(source)) {
            feed(source, found);
        } else {
            List<String> lines = Files.readAllLines(Path.of(source));
            for (int n = 1; n <= lines.size(); n++) {
                String line = lines.get(n - 1).strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                // A line that is no address is named by its number only: the file may be anything.
                if (line.startsWith("feed ")) {
                    if (valid(line.substring(5).strip())) {
                        feed(line.substring(5).strip(), found);
                    } else {
                        problem("line " + n, "line " + n + " names no feed address (http or https)");
                    }
                } else if (valid(line)) {
                    found.add(new SourceItem(source, line, line, seen.get(line)));
                } else {
                    problem("line " + n, "line " + n + " is not a URL (http or https)");
                }
            }
        }
        return found;
    }

    private void feed(String address, List<SourceItem> found) throws InterruptedException {
        if (!valid(address)) {
            problem(address, "not a web address (http or https)");
            return;
        }
        SyndFeed feed;
        try {
            Fetched fetched = fetcher.fetch(URI.create(address), null);
            feed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(fetched.body())));
        } catch (UnreadableDocumentException e) {
            problem(address, e.getMessage());
            return;
        } catch (FeedException | IllegalArgumentException | IOException e) {
            // An unreadable encoding is the feed's fault too: it costs this feed, not the run.
            problem(address, "not an RSS or Atom feed: " + e.getMessage());
            return;
        }
        for (SyndEntry entry : feed.getEntries()) {
            String link = entry.getLink();
            if (link == null || !valid(link.strip())) {
                continue;
            }
            String key = "item:" + (entry.getUri() != null && !entry.getUri().isBlank() ? entry.getUri() : link.strip());
            if (seen.containsKey(key)) {
                leftOut(key);
            } else {
                found.add(new SourceItem(source, link.strip(), key, null));
            }
        }
    }

    private static boolean valid(String address) {
        if (!isUrl(address)) {
            return false;
        }
        try {
            return new URI(address).getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
