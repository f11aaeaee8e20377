package org.marsad.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.marsad.server.ServerInfo;
import org.marsad.store.Archive;
import org.marsad.store.entities.Entities;
import org.marsad.store.entities.EntityEdits;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code marsad entities list|merge|split|rename|retype|not-entity|rejected|restore}: the archive's persons, places and
 * organisations, and an editor's corrections to them. A correction changes the store at once and holds for
 * {@code marsad enrich --all} and new articles; when a server runs on the directory, it re-indexes the changed
 * articles as it catches up (within seconds).
 */
@Command(name = "entities", mixinStandardHelpOptions = true,
        description = "List the archive's entities (persons, places, organisations) and correct them by hand.",
        subcommands = {EntitiesCommand.ListEntities.class, EntitiesCommand.Merge.class, EntitiesCommand.Split.class,
                EntitiesCommand.Rename.class, EntitiesCommand.Retype.class, EntitiesCommand.NotEntity.class,
                EntitiesCommand.Rejected.class, EntitiesCommand.Restore.class},
        footer = {"", "Examples:", "  marsad entities list --data DIR --type PER",
                "  marsad entities merge --data DIR 42 7        (entity 42 becomes part of entity 7)",
                "  marsad entities split --data DIR 7 'محمد صالح'",
                "  marsad entities not-entity --data DIR 12    (undo: marsad entities restore --data DIR 12)",
                "", "Exit status: 0 ok, 1 failure (unknown entity, no data …), 2 usage error."})
final class EntitiesCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a subcommand is required: list, merge, split, rename, retype, not-entity, rejected or restore");
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List the most mentioned entities: id, type, articles, mentions, name.")
    static final class ListEntities implements Callable<Integer> {
        @CommandLine.Mixin
        DataDir data;
        @Option(names = "--type", paramLabel = "TYPE", description = "PER, LOC or ORG (default: all).")
        String type;
        @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "How many (default 50).")
        int limit;
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            String t = type == null ? null : type.toUpperCase(java.util.Locale.ROOT);
            if (t != null && !EntityEdits.TYPES.contains(t)) {
                throw UserException.usage("--type must be PER, LOC or ORG");
            }
            if (limit < 1 || limit > 10_000) {
                throw UserException.usage("--limit must be between 1 and 10000");
            }
            PrintWriter out = spec.commandLine().getOut();
            try (Archive archive = data.existing()) {
                for (Entities.Summary s : archive.entities().top(t, null, null, limit, 0)) {
                    out.printf("%s\t%s\t%d\t%d\t%s%n", s.id(), s.type(), s.articles(), s.mentions(),
                            TerminalText.escape(s.name()));
                }
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "merge", mixinStandardHelpOptions = true,
            description = "Merge entity FROM into entity INTO: its spellings, mentions and articles become INTO's.")
    static final class Merge implements Callable<Integer> {
        @CommandLine.Mixin
        DataDir data;
        @Parameters(index = "0", paramLabel = "FROM", description = "The entity that goes.")
        String from;
        @Parameters(index = "1", paramLabel = "INTO", description = "The entity that stays.")
        String into;
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            return edit(data, spec, e -> e.merge(from, into), "merged entity " + from + " into");
        }
    }

    @Command(name = "split", mixinStandardHelpOptions = true,
            description = "Split SPELLING off entity ID into a new entity that keeps it from now on.")
    static final class Split implements Callable<Integer> {
        @CommandLine.Mixin
        DataDir data;
        @Parameters(index = "0", paramLabel = "ID")
        String id;
        @Parameters(index = "1", paramLabel = "SPELLING", description = "One of the entity's spellings.")
        String spelling;
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            return edit(data, spec, e -> e.split(id, spelling), "split it into new entity");
        }
    }

    @Command(name = "rename", mixinStandardHelpOptions = true, description = "Give entity ID the canonical NAME.")
    static final class Rename implements Callable<Integer> {
        @CommandLine.Mixin
        DataDir data;
        @Parameters(index = "0", paramLabel = "ID")
        String id;
        @Parameters(index = "1", paramLabel = "NAME")
        String name;
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            return edit(data, spec, e -> e.rename(id, name), "renamed entity");
        }
    }

    @Command(name = "retype", mixinStandardHelpOptions = true,
            description = "Make entity ID a person (PER), place (LOC) or organisation (ORG).")
    static final class Retype implements Callable<Integer> {
        @CommandLine.Mixin
        DataDir data;
        @Parameters(index = "0", paramLabel = "ID")
        String id;
        @Parameters(index = "1", paramLabel = "TYPE", description = "PER, LOC or ORG.")
        String type;
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            String t = type.toUpperCase(java.util.Locale.ROOT);
            if (!EntityEdits.TYPES.contains(t)) {
                throw UserException.usage("TYPE must be PER, LOC or ORG");
            }
            return edit(data, spec, e -> e.retype(id, t), "retyped entity");
        }
    }

    @Command(name = "not-entity", mixinStandardHelpOptions = true,
            description = "Mark entity ID \"not an entity\": it leaves its articles and its spellings stay out.")
    static final class NotEntity implements Callable<Integer> {
        @CommandLine.Mixin
        DataDir data;
        @Parameters(index = "0", paramLabel = "ID")
        String id;
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            return edit(data, spec, e -> e.reject(id), "removed entity " + id);
        }
    }

    @Command(name = "rejected", mixinStandardHelpOptions = true,
            description = "List the entities marked \"not an entity\", latest first: id, type, mentions kept, "
                    + "marked at, name.")
    static final class Rejected implements Callable<Integer> {
        @CommandLine.Mixin
        DataDir data;
        @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "How many (default 50).")
        int limit;
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (limit < 1 || limit > 10_000) {
                throw UserException.usage("--limit must be between 1 and 10000");
            }
            PrintWriter out = spec.commandLine().getOut();
            try (Archive archive = data.existing()) {
                for (EntityEdits.Rejected r : new EntityEdits(archive.store()).rejected(limit)) {
                    out.printf("%s\t%s\t%d\t%s\t%s%n", r.id(), r.type(), r.mentions(), r.rejectedAt(),
                            TerminalText.escape(r.name()));
                }
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "restore", mixinStandardHelpOptions = true,
            description = "Undo \"not an entity\" for entity ID: it comes back under its id with its kept mentions.")
    static final class Restore implements Callable<Integer> {
        @CommandLine.Mixin
        DataDir data;
        @Parameters(index = "0", paramLabel = "ID", description = "An id from 'marsad entities rejected'.")
        String id;
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            return edit(data, spec, e -> e.restore(id), "restored entity");
        }
    }

    private static int edit(DataDir data, CommandLine.Model.CommandSpec spec,
                            Function<EntityEdits, EntityEdits.Done> edit, String what) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        EntityEdits.Done done;
        boolean owner;
        try (Archive archive = data.existing()) {
            owner = archive.owner();
            try {
                done = archive.editEntities(edit);
            } catch (EntityEdits.Refused e) {
                throw new UserException(e.getMessage());
            }
        }
        out.println(what + (done.entityId() == null ? "" : " " + done.entityId()) + " (" + done.articles()
                + " article(s) changed)");
        out.flush();
        if (!owner && done.articles() > 0) {
            Optional<ServerInfo> server = data.server();
            err.println("marsad: " + (server.isPresent() ? "the running server (" + server.get().describe()
                    + ") re-indexes the changed articles within seconds"
                    : "another marsad command holds the index of " + data.path() + ": search follows when it ends"));
            err.flush();
        }
        return 0;
    }
}
