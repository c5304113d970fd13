package fr.ctg.sign;

import eu.europa.esig.dss.enumerations.SignerTextHorizontalAlignment;
import eu.europa.esig.dss.enumerations.SignerTextVerticalAlignment;
import eu.europa.esig.dss.enumerations.TextWrapping;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.pades.DSSFileFont;
import eu.europa.esig.dss.pades.SignatureFieldParameters;
import eu.europa.esig.dss.pades.SignatureImageParameters;
import eu.europa.esig.dss.pades.SignatureImageTextParameters;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the signature box shows once signed: who signed, as what, when. Drawn as text with the project's Liberation
 * Sans, embedded in the PDF (PDF/A wants every font embedded).
 */
final class SignatureAppearance {

    private static final String FONT = "/templates/fonts/LiberationSans-Regular.ttf";

    private SignatureAppearance() {
    }

    /** The date line does not break (no-break spaces): the text shrinks to fit the box instead. */
    static String text(String signer, @Nullable String quality, Instant signingTime) {
        return "Signé électroniquement par\n" + signer + "\n" + (quality == null || quality.isBlank() ? "" : quality.strip() + "\n")
                + ("le " + SigningTimes.dayAndTime(signingTime)).replace(' ', '\u00a0');
    }

    static SignatureImageParameters inField(String fieldName, String text) {
        SignatureFieldParameters field = new SignatureFieldParameters();
        field.setFieldId(fieldName);
        SignatureImageTextParameters textParameters = new SignatureImageTextParameters();
        textParameters.setText(text);
        textParameters.setFont(font());
        textParameters.setTextColor(Color.BLACK);
        // No background: the box's border, drawn on the page under the widget, stays visible.
        textParameters.setBackgroundColor(null);
        textParameters.setPadding(4);
        textParameters.setTextWrapping(TextWrapping.FILL_BOX_AND_LINEBREAK);
        textParameters.setSignerTextHorizontalAlignment(SignerTextHorizontalAlignment.CENTER);
        textParameters.setSignerTextVerticalAlignment(SignerTextVerticalAlignment.MIDDLE);
        SignatureImageParameters image = new SignatureImageParameters();
        image.setFieldParameters(field);
        image.setTextParameters(textParameters);
        image.setBackgroundColor(null);
        return image;
    }

    private static DSSFileFont font() {
        try (InputStream in = SignatureAppearance.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("police absente du moteur : " + FONT);
            }
            DSSFileFont font = new DSSFileFont(new InMemoryDocument(in.readAllBytes()));
            font.setEmbedFontSubset(true);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
