package fr.ctg.validate.rules;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

/**
 * What a deliberation holds that would run or open something, and that the engine leaves out when it appends
 * the images of its pages: JavaScript (wherever it lies in the file), actions (at the opening of the file, of a
 * page, behind a link or a field), embedded files. Said so that nobody expects them in the signed act.
 */
final class PdfActiveContent {

    private PdfActiveContent() {
    }

    /** « du JavaScript, des actions (à l’ouverture, page 2) et des fichiers incorporés », or empty. */
    static Optional<String> describe(PDDocument document) {
        List<String> found = new ArrayList<>();
        if (hasJavaScript(document)) {
            found.add("du JavaScript");
        }
        List<String> actions = actionPlaces(document);
        if (!actions.isEmpty()) {
            found.add("des actions (" + String.join(", ", actions) + ")");
        }
        COSDictionary names = document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.NAMES);
        if (names != null && names.containsKey(COSName.EMBEDDED_FILES)) {
            found.add("des fichiers incorporés");
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        String last = found.remove(found.size() - 1);
        return Optional.of(found.isEmpty() ? last : String.join(", ", found) + " et " + last);
    }

    private static boolean hasJavaScript(PDDocument document) {
        for (COSObjectKey key : document.getDocument().getXrefTable().keySet()) {
            COSBase object = document.getDocument().getObjectFromPool(key).getObject();
            if (object instanceof COSDictionary dictionary
                    && (dictionary.containsKey(COSName.JS) || COSName.JAVA_SCRIPT.equals(dictionary.getCOSName(COSName.S)))) {
                return true;
            }
        }
        COSDictionary names = document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.NAMES);
        return names != null && names.containsKey(COSName.JAVA_SCRIPT);
    }

    private static List<String> actionPlaces(PDDocument document) {
        List<String> places = new ArrayList<>();
        COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
        if (catalog.containsKey(COSName.OPEN_ACTION) || catalog.containsKey(COSName.AA)) {
            places.add("à l’ouverture");
        }
        TreeSet<Integer> pages = new TreeSet<>();
        int number = 0;
        for (PDPage page : document.getPages()) {
            number++;
            if (page.getCOSObject().containsKey(COSName.AA) || annotationsAct(page)) {
                pages.add(number);
            }
        }
        if (!pages.isEmpty()) {
            places.add((pages.size() == 1 ? "page " : "pages ") + String.join(", ", pages.stream().map(String::valueOf).toList()));
        }
        return places;
    }

    private static boolean annotationsAct(PDPage page) {
        try {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation.getCOSObject().containsKey(COSName.A) || annotation.getCOSObject().containsKey(COSName.AA)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return true;
        }
    }
}
