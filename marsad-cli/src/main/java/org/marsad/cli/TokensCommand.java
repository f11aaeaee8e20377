package org.marsad.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.accounts.AccountException;
import org.marsad.accounts.Accounts;
import org.marsad.accounts.ApiToken;
import org.marsad.accounts.NewToken;
import org.marsad.accounts.User;
import org.marsad.store.Archive;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code marsad tokens add|list|remove}: API tokens, with which programs write through the API
 * ({@code Authorization: Bearer TOKEN}) with the rights of the user they act as. A token is printed once; the store
 * keeps only its digest.
 */
@Command(name = "tokens", mixinStandardHelpOptions = true,
        description = "Manage API tokens: programs send one as 'Authorization: Bearer TOKEN' and act as its user.",
        subcommands = {TokensCommand.Add.class, TokensCommand.ListTokens.class, TokensCommand.Remove.class})
final class TokensCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: add, list or remove");
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Make a token acting as a user; it is printed once, on standard output alone.")
    static final class Add implements Callable<Integer> {
        @CommandLine.Mixin
        DataDir data;
        @Option(names = "--user", required = true, paramLabel = "NAME", description = "The user the token acts as.")
        String user;
        @Option(names = "--name", paramLabel = "LABEL", description = "What the token is for (shown by list).")
        String label;
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try {
                Accounts.checkLabel(label);
            } catch (AccountException e) {
                throw UserException.usage(e.getMessage());
            }
            NewToken t;
            User u;
            try (Archive archive = data.existing()) {
                Accounts accounts = UsersCommand.accounts(archive);
                u = accounts.user(user).orElseThrow(() -> new UserException("no user named '" + user + "' (see "
                        + "'marsad users list')"));
                t = accounts.addToken(u.name(), label);
            } catch (AccountException e) {
                throw new UserException(e.getMessage());
            }
            // The token alone on standard output, so that TOKEN=$(marsad tokens add ...) works; the rest on stderr.
            spec.commandLine().getOut().println(t.secret());
            spec.commandLine().getOut().flush();
            spec.commandLine().getErr().println("marsad: token " + t.token().id() + " acts as '" + u.name() + "' ("
                    + u.role().key() + "); it is shown this once, keep it now (Marsad keeps only a digest)");
            spec.commandLine().getErr().flush();
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the tokens (never their secrets).")
    static final class ListTokens extends Listing<ApiToken> {
        ListTokens() {
            super("no API tokens (make one with 'marsad tokens add --user NAME')");
        }

        @Override
        List<ApiToken> items() {
            try (Archive archive = data.existing()) {
                return UsersCommand.accounts(archive).tokens();
            }
        }

        @Override
        void addJson(ArrayNode array, ApiToken t) {
            ObjectNode o = array.addObject().put("id", t.id()).put("user", t.user()).put("label", t.label())
                    .put("prefix", t.prefix()).put("created", t.created().toString());
            o.put("last_used", t.lastUsed() == null ? null : t.lastUsed().toString());
        }

        @Override
        void print(PrintWriter out, ApiToken t) {
            out.printf("%-4d %-20s %s…  %s  made %s UTC, %s%n", t.id(), t.user(), t.prefix(),
                    t.label() == null ? "-" : TerminalText.escape(t.label()),
                    UsersCommand.DAY_TIME.format(t.created()),
                    t.lastUsed() == null ? "never used" : "last used " + UsersCommand.DAY_TIME.format(
                            t.lastUsed()) + " UTC");
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Revoke a token: programs using it are refused from their next request.")
    static final class Remove implements Callable<Integer> {
        @CommandLine.Mixin
        DataDir data;
        @Parameters(paramLabel = "ID", description = "The token's number (see 'marsad tokens list').")
        long id;
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try (Archive archive = data.existing()) {
                if (!UsersCommand.accounts(archive).removeToken(id)) {
                    throw new UserException("no API token " + id);
                }
            }
            spec.commandLine().getOut().println("removed API token " + id);
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
