package fr.ctg.sign;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * What changed in a PDF after a signed revision, other than later signatures. Every object of the signed revision
 * is compared with the same object in the final file. Allowed changes are those a later signature makes: an
 * empty signature field that receives its signature ({@code /V}) and its appearance ({@code /AP}), and the form's
 * signature flags and resources. New objects need no check: they only take effect through an object that changed.
 */
final class LaterChanges {

    private static final Set<COSName> SIGNING_A_FIELD = Set.of(COSName.V, COSName.AP);
    private static final Set<COSName> FORM_OF_SIGNATURES = Set.of(COSName.SIG_FLAGS, COSName.DR);

    private LaterChanges() {
    }

    /** The changes after {@code revisionEnd} that no later signature explains, described in French; empty when none. */
    static List<String> after(byte[] pdf, int revisionEnd, PDDocument last) throws IOException {
        if (revisionEnd == pdf.length) {
            return List.of();
        }
        List<String> changes = new ArrayList<>();
        try (PDDocument signed = Loader.loadPDF(Arrays.copyOf(pdf, revisionEnd))) {
            COSDocument before = signed.getDocument();
            COSDocument after = last.getDocument();
            if (!Objects.equals(key(before.getTrailer().getItem(COSName.ROOT)), key(after.getTrailer().getItem(COSName.ROOT)))) {
                changes.add("le catalogue du document est remplacé");
            }
            for (COSObjectKey key : new TreeSet<>(before.getXrefTable().keySet())) {
                COSBase old = before.getObjectFromPool(key).getObject();
                COSObject current = after.getObjectFromPool(key);
                COSBase now = current == null ? null : current.getObject();
                if (old != null && !same(old, now, new HashSet<>()) && !allowed(old, now)) {
                    changes.add(describe(key, old, now));
                }
            }
        }
        return changes;
    }

    private static boolean allowed(COSBase old, COSBase now) throws IOException {
        if (!(old instanceof COSDictionary before) || !(now instanceof COSDictionary after)) {
            return false;
        }
        Set<COSName> changed = changedKeys(before, after);
        if (COSName.SIG.equals(before.getCOSName(COSName.FT)) && !before.containsKey(COSName.V)
                && after.getDictionaryObject(COSName.V) instanceof COSDictionary signature
                && COSName.SIG.equals(signature.getCOSName(COSName.TYPE))) {
            return SIGNING_A_FIELD.containsAll(changed);
        }
        return before.containsKey(COSName.FIELDS) && FORM_OF_SIGNATURES.containsAll(changed);
    }

    private static Set<COSName> changedKeys(COSDictionary before, COSDictionary after) throws IOException {
        Set<COSName> changed = new TreeSet<>((a, b) -> a.getName().compareTo(b.getName()));
        Set<COSName> keys = new HashSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (COSName name : keys) {
            if (!same(before.getItem(name), after.getItem(name), new HashSet<>())) {
                changed.add(name);
            }
        }
        return changed;
    }

    /** Equal as written: references by their object number, direct values by their content. */
    private static boolean same(COSBase a, COSBase b, Set<COSBase> seen) throws IOException {
        if (a instanceof COSObject || b instanceof COSObject) {
            return a instanceof COSObject x && b instanceof COSObject y && Objects.equals(x.getKey(), y.getKey());
        }
        if (a == null || b == null) {
            return a == b;
        }
        if (!seen.add(a)) {
            return true;
        }
        if (a instanceof COSDictionary x && b instanceof COSDictionary y) {
            if (!x.keySet().equals(y.keySet())) {
                return false;
            }
            for (Map.Entry<COSName, COSBase> entry : x.entrySet()) {
                if (!same(entry.getValue(), y.getItem(entry.getKey()), seen)) {
                    return false;
                }
            }
            return !(x instanceof COSStream s) || (y instanceof COSStream t && Arrays.equals(raw(s), raw(t)));
        }
        if (a instanceof COSArray x && b instanceof COSArray y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!same(x.get(i), y.get(i), seen)) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof COSString x && b instanceof COSString y) {
            return Arrays.equals(x.getBytes(), y.getBytes());
        }
        return a.equals(b);
    }

    private static byte[] raw(COSStream stream) throws IOException {
        try (InputStream in = stream.createRawInputStream()) {
            return in.readAllBytes();
        }
    }

    private static COSObjectKey key(COSBase reference) {
        return reference instanceof COSObject object ? object.getKey() : null;
    }

    private static String describe(COSObjectKey key, COSBase old, COSBase now) throws IOException {
        String object = "objet " + key.getNumber() + " " + key.getGeneration();
        if (now == null) {
            return object + " supprimé";
        }
        if (old instanceof COSDictionary before && now instanceof COSDictionary after) {
            COSName type = before.getCOSName(COSName.TYPE);
            Set<COSName> keys = changedKeys(before, after);
            return object + (type == null ? "" : " (" + type.getName() + ")") + " modifié : "
                    + (keys.isEmpty() ? "contenu" : String.join(", ", keys.stream().map(COSName::getName).toList()));
        }
        return object + " modifié";
    }
}
