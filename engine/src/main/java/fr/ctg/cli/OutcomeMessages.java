package fr.ctg.cli;

import fr.ctg.generate.Outcome;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** What {@code ctg generer} says about one convention as soon as it is done. */
final class OutcomeMessages {

    private final PrintWriter out;
    private final PrintWriter err;

    OutcomeMessages(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    void produced(Outcome.Produced produced) {
        out.println(produced.id() + " : " + produced.pdf() + ", " + produced.docx());
        for (int i = 0; i + 1 < produced.avenantDocuments().size(); i += 2) {
            out.println(produced.id() + " : " + produced.avenantDocuments().get(i) + ", " + produced.avenantDocuments().get(i + 1));
        }
        for (Path signed : produced.signedKept()) {
            out.println(produced.id() + " : " + signed + " est signé, il est laissé tel quel (le DOCX est à jour)");
        }
        out.flush();
    }

    void upToDate(Outcome.UpToDate upToDate) {
        out.println(upToDate.id() + " : à jour (" + upToDate.folder() + ")");
        out.flush();
    }

    /** Why a convention was not produced, on the error stream; nothing for a produced or up-to-date one. */
    void problem(Outcome outcome) {
        if (outcome instanceof Outcome.Rejected rejected) {
            new TextReport().write(List.of(new ValidationResult(rejected.file(), rejected.diagnostics(), rejected.sources())), err);
            err.println(rejected.file() + " : non produite, corrigez d’abord les erreurs ci-dessus");
        } else if (outcome instanceof Outcome.Failed failed && failed.diagnostic() != null) {
            new TextReport().write(failed.diagnostic(), err);
            err.println(failed.file() + " : non produite, corrigez d’abord le modèle ci-dessus");
        } else if (outcome instanceof Outcome.Failed failed) {
            err.println(failed.file() + " : non produite : " + failed.message());
        } else if (outcome instanceof Outcome.Unreadable unreadable) {
            err.println("ctg : " + unreadable.message());
        }
        err.flush();
    }
}
