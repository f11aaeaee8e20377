package org.marsad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.accounts.Accounts;
import org.marsad.accounts.Role;
import org.marsad.model.Article;
import org.marsad.server.MarsadServer;
import org.marsad.store.Archive;
import org.marsad.store.ArticleStore;
import org.marsad.store.RawSource;
import org.marsad.store.Upserted;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad demo}: stores the bundled sample pages in a demo data directory and serves the web UI over them.
 * Running it again changes nothing already stored (every sample is the same article as before).
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Ingest the bundled sample Arabic news pages into a demo data directory and serve the web UI "
                + "on it: open the printed URL in a browser. Runs until Ctrl-C."})
final class DemoCommand implements Callable<Integer> {
    /** The bundled raw-text pages: the seed page and a handful written for the demo. */
    static final List<String> SAMPLES = List.of("sample-page.txt", "01-rain-gulf.txt", "02-central-bank.txt",
            "03-football.txt", "04-ai-conference.txt", "05-book-fair.txt", "06-gaza-aid.txt",
            "07-gaza-aid-copy.txt");

    static final String DEMO_USER = "demo";

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "marsad-data/demo",
            description = "Demo data directory (default: ./marsad-data/demo).")
    Path data;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "Port (default: 8080; a free one if it is busy).")
    int port;

    @Option(names = "--no-serve", description = "Only ingest the samples, then exit (for scripts and tests).")
    boolean noServe;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (port < 0 || port > 65_535) {
            throw UserException.usage("--port must be between 0 and 65535");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DataDir dir = new DataDir();
        dir.dir = data;
        Service.Owned owned = Service.own(dir, err);
        try {
            Archive archive = owned.archive();
            int added = ingestSamples(archive);
            archive.commit();
            err.println("marsad: demo data in " + data.toAbsolutePath().normalize() + ": "
                    + archive.store().count() + " articles (" + added + " new or changed)");
        } catch (RuntimeException | IOException e) {
            owned.close();
            throw e;
        }
        if (noServe) {
            owned.close();
            return 0;
        }
        String banner;
        try {
            banner = "marsad: to add sources, watches and users in the browser, sign in (/login) as '" + DEMO_USER
                    + "' (an admin: it also sees the watches added with 'marsad watches add') with the password "
                    + demoAccount(owned.archive()) + " (made for this run)";
        } catch (RuntimeException e) {
            owned.close();
            throw e;
        }
        // The demo follows no sources, so the poller idles until one is added ('marsad sources add --data DIR').
        MarsadServer.Options options = MarsadServer.Options.defaults("127.0.0.1", port).withAnyPortIfBusy(true);
        Service.runUntilStopped(owned, options, banner, null, out, err);
        return 0;
    }

    /**
     * Makes the demo's account, or gives it a new password: the demo serves on loopback only, and a password printed
     * once per run is easier than one to remember. It is an admin (review27): whoever runs the demo owns its
     * directory and can do everything from the shell already, and README has them add watches with
     * {@code watches add} and no {@code --user}, which only admins see in the browser; an editor saw none of them.
     */
    static String demoAccount(Archive archive) {
        byte[] b = new byte[9];
        new SecureRandom().nextBytes(b);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
        Accounts accounts = UsersCommand.accounts(archive);
        if (accounts.user(DEMO_USER).isPresent()) {
            accounts.setPassword(DEMO_USER, password.toCharArray());
            accounts.setRole(DEMO_USER, Role.ADMIN);
        } else {
            accounts.addUser(DEMO_USER, Role.ADMIN, password.toCharArray());
        }
        return password;
    }

    /** Extracts and stores every sample; returns how many articles were new or changed. */
    static int ingestSamples(Archive archive) throws IOException {
        List<ArticleStore.Incoming> batch = new ArrayList<>();
        for (String name : SAMPLES) {
            byte[] bytes;
            try (InputStream in = DemoCommand.class.getResourceAsStream("sample/" + name)) {
                if (in == null) {
                    throw new UserException("the sample page " + name + " is missing from this build");
                }
                bytes = in.readAllBytes();
            }
            RawSource raw = RawSource.text(RawSource.KIND_TEXT_PAGE, "sample/" + name,
                    new String(bytes, StandardCharsets.UTF_8));
            for (Article a : PageFiles.extract(name, bytes)) {
                batch.add(new ArticleStore.Incoming(a, raw));
            }
        }
        int changed = 0;
        for (Upserted u : archive.save(batch)) {
            if (u.change() != Upserted.Change.UNCHANGED) {
                changed++;
            }
        }
        return changed;
    }
}
