package fr.ctg.cli;

import fr.ctg.actes.ActesRefusal;
import fr.ctg.load.UnreadableInputException;
import fr.ctg.sign.SignatureRefusal;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Runs a command that records something in a convention's folder or writes from it (a signature, a bundle, an
 * acknowledgment): what it did on the standard output, or why it refused, with the exit codes such commands share.
 */
final class FolderChange {

    /** The exit codes of such a command, as its help states them. */
    static final String EXIT_CODES = "Code de sortie : 0 si c’est fait, 1 si c’est refusé (rien n’est écrit), 2 si la commande est mal"
            + " écrite ou un fichier illisible.";

    /** The change itself; it returns what to tell, without the « ctg : » before it. */
    @FunctionalInterface
    interface Change {
        String run() throws SignatureRefusal, ActesRefusal, UnreadableInputException, IOException;
    }

    private FolderChange() {
    }

    static int run(CommandSpec spec, Change change) {
        try {
            spec.commandLine().getOut().println("ctg : " + change.run());
            return Ctg.SUCCESS;
        } catch (SignatureRefusal | ActesRefusal e) {
            spec.commandLine().getErr().println("ctg : " + e.getMessage());
            return Ctg.ERRORS;
        } catch (NoSuchFileException e) {
            spec.commandLine().getErr().println("ctg : " + e.getFile() + " n’existe pas");
            return Ctg.USAGE_OR_UNREADABLE;
        } catch (UnreadableInputException | IOException e) {
            spec.commandLine().getErr().println("ctg : " + e.getMessage());
            return Ctg.USAGE_OR_UNREADABLE;
        }
    }
}
