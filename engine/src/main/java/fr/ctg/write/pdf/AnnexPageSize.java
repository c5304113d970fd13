package fr.ctg.write.pdf;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The size an appended page gets, as it is seen (rotation applied): its own from 1 inch to A3, else brought to fit
 * an A4 page in its orientation (an absurd MediaBox of 5 km or of a pixel gives a readable page, within the
 * 3 to 14 400 units PDF/A allows). {@code scale} is the output's size over the original's.
 */
record AnnexPageSize(PDRectangle output, float scale) {

    private static final float SMALLEST = 72;
    private static final float LARGEST = PDRectangle.A3.getHeight();
    private static final float PDFA_SMALLEST = 3;

    static AnnexPageSize of(PDPage page) {
        PDRectangle box = page.getCropBox();
        boolean quarterTurn = page.getRotation() % 180 != 0;
        float width = quarterTurn ? box.getHeight() : box.getWidth();
        float height = quarterTurn ? box.getWidth() : box.getHeight();
        if (fits(width) && fits(height)) {
            return new AnnexPageSize(new PDRectangle(width, height), 1);
        }
        PDRectangle a4 = PDRectangle.A4;
        float scale = width <= height
                ? Math.min(a4.getWidth() / width, a4.getHeight() / height)
                : Math.min(a4.getHeight() / width, a4.getWidth() / height);
        return new AnnexPageSize(new PDRectangle(Math.max(PDFA_SMALLEST, width * scale),
                Math.max(PDFA_SMALLEST, height * scale)), scale);
    }

    private static boolean fits(float side) {
        return side >= SMALLEST && side <= LARGEST;
    }
}
