package fr.ctg.write.pdf;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;

/**
 * Puts each signature widget inside a {@code Form} structure element (PDF/UA-1, 7.18.4), where its box stands in
 * the reading order: openhtmltopdf tags the empty box as a {@code Div} whose {@code /Alt} is the box's
 * {@code title}, the field's description; that element becomes the {@code Form} and refers to the widget, which
 * gets its key in the parent tree.
 */
final class FormStructure {

    private FormStructure() {
    }

    /** @param widgets the widgets by the description their box carries */
    static void tag(PDDocument document, Map<String, PDAnnotationWidget> widgets) {
        PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
        COSArray parentTree = (COSArray) root.getParentTree().getCOSObject().getDictionaryObject(COSName.NUMS);
        int nextKey = root.getParentTreeNextKey();
        Deque<PDStructureNode> pending = new ArrayDeque<>();
        pending.push(root);
        int tagged = 0;
        while (!pending.isEmpty()) {
            for (Object kid : pending.pop().getKids()) {
                if (!(kid instanceof PDStructureElement element)) {
                    continue;
                }
                PDAnnotationWidget widget = widgets.get(element.getAlternateDescription());
                if (widget != null && StandardStructureTypes.DIV.equals(element.getStructureType())) {
                    element.setStructureType(StandardStructureTypes.FORM);
                    PDObjectReference reference = new PDObjectReference();
                    reference.setReferencedObject(widget);
                    element.appendKid(reference);
                    widget.setStructParent(nextKey);
                    parentTree.add(COSInteger.get(nextKey));
                    parentTree.add(element);
                    nextKey++;
                    tagged++;
                } else {
                    pending.push(element);
                }
            }
        }
        if (tagged != widgets.size()) {
            throw new IllegalStateException("Cases de signature non balisées : " + (widgets.size() - tagged));
        }
        root.setParentTreeNextKey(nextKey);
    }
}
