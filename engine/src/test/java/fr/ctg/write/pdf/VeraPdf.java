package fr.ctg.write.pdf;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF's verdict on a PDF as the engine claims it (PDF/A-2u and PDF/UA-1): the failed rules, each prefixed
 * by its flavour, none when compliant with both.
 */
public final class VeraPdf {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdf() {
    }

    /** The failures against PDF/A-2u then PDF/UA-1. */
    public static List<String> failures(byte[] pdf) throws Exception {
        List<String> failures = new ArrayList<>(failures(pdf, PDFAFlavour.PDFA_2_U));
        failures.addAll(failures(pdf, PDFAFlavour.PDFUA_1));
        return failures;
    }

    private static List<String> failures(byte[] pdf, PDFAFlavour flavour) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failures = result.getTestAssertions().stream()
                    .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
                    .map(assertion -> flavour.getId() + " " + assertion.getRuleId().getClause() + "-"
                            + assertion.getRuleId().getTestNumber() + " " + assertion.getMessage())
                    .distinct()
                    .toList();
            if (result.isCompliant() != failures.isEmpty()) {
                throw new AssertionError("veraPDF: compliant=" + result.isCompliant() + " but " + failures);
            }
            return failures;
        }
    }
}
