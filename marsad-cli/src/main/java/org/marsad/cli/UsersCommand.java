package org.marsad.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.accounts.AccountException;
import org.marsad.accounts.Accounts;
import org.marsad.accounts.Role;
import org.marsad.accounts.User;
import org.marsad.store.Archive;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code marsad users add|list|remove|password}: the people who sign in to the web UI, with their roles. Users are kept
 * in the store, so a running server accepts a user added here at the next request.
 */
@Command(name = "users", mixinStandardHelpOptions = true,
        description = "Manage the users who sign in: admin (manages users), editor (manages sources and watches), "
                + "reader (reads).",
        subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class, UsersCommand.Remove.class,
                UsersCommand.Password.class})
final class UsersCommand implements Callable<Integer> {
    static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a subcommand is required: add, list, remove or password");
    }

    static Accounts accounts(Archive archive) {
        return Accounts.open(archive.store().database());
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a user.")
    static final class Add implements Callable<Integer> {
        @CommandLine.Mixin
        DataDir data;
        @Option(names = "--name", required = true, description = "The name to sign in with.")
        String name;
        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "admin, editor or reader.")
        String role;
        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input "
                + "(else it is asked on the terminal).")
        boolean passwordStdin;
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Role r;
            String n;
            try {
                r = Role.parse(role);
                n = Accounts.checkName(name);
            } catch (AccountException e) {
                throw UserException.usage(e.getMessage());
            }
            User u;
            try (Archive archive = data.create()) {
                Accounts accounts = accounts(archive);
                if (accounts.user(n).isPresent()) {
                    throw new UserException("a user named '" + n + "' already exists");
                }
                // Asked only once the name is known to be free, so nobody types a password in vain.
                u = accounts.addUser(n, r, PasswordInput.read(passwordStdin, n));
            } catch (AccountException e) {
                throw new UserException(e.getMessage());
            }
            spec.commandLine().getOut().println("added user '" + u.name() + "' (" + u.role().key() + ")");
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the users and their roles.")
    static final class ListUsers extends Listing<User> {
        ListUsers() {
            super("no users (add one with 'marsad users add --name NAME --role admin')");
        }

        @Override
        List<User> items() {
            try (Archive archive = data.existing()) {
                return accounts(archive).users();
            }
        }

        @Override
        void addJson(ArrayNode array, User u) {
            array.addObject().put("name", u.name()).put("role", u.role().key()).put("created", u.created().toString());
        }

        @Override
        void print(PrintWriter out, User u) {
            out.printf("%-20s %-7s added %s UTC%n", u.name(), u.role().key(), DAY_TIME.format(u.created()));
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Remove a user, signing the user out and revoking the user's API tokens.")
    static final class Remove implements Callable<Integer> {
        @CommandLine.Mixin
        DataDir data;
        @Parameters(paramLabel = "NAME", description = "The user's name.")
        String name;
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            boolean admins;
            try (Archive archive = data.existing()) {
                Accounts accounts = accounts(archive);
                if (!accounts.removeUser(name)) {
                    throw new UserException("no user named '" + name + "'");
                }
                admins = accounts.hasAdmin();
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("removed user '" + name.strip() + "' with the user's sessions and tokens");
            out.flush();
            if (!admins) {
                spec.commandLine().getErr().println("marsad: no admin is left (add one with 'marsad users add "
                        + "--role admin')");
                spec.commandLine().getErr().flush();
            }
            return 0;
        }
    }

    @Command(name = "password", mixinStandardHelpOptions = true,
            description = "Set a user's password; the user's browser sessions end.")
    static final class Password implements Callable<Integer> {
        @CommandLine.Mixin
        DataDir data;
        @Parameters(paramLabel = "NAME", description = "The user's name.")
        String name;
        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input "
                + "(else it is asked on the terminal).")
        boolean passwordStdin;
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try (Archive archive = data.existing()) {
                Accounts accounts = accounts(archive);
                if (accounts.user(name).isEmpty()) {
                    throw new UserException("no user named '" + name + "'");
                }
                if (!accounts.setPassword(name, PasswordInput.read(passwordStdin, name))) {
                    throw new UserException("no user named '" + name + "'");
                }
            } catch (AccountException e) {
                throw new UserException(e.getMessage());
            }
            spec.commandLine().getOut().println("set the password of '" + name.strip() + "'; the user's sessions "
                    + "ended");
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
