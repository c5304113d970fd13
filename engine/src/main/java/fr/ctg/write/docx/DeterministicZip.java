package fr.ctg.write.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a package so that identical parts give identical bytes: docx4j stamps zip entries with the
 * current time, so the entries are copied in a fixed order ([Content_Types].xml first, as OPC readers
 * expect, then by name) with one fixed timestamp, and each XML part's root namespaces in name order.
 */
final class DeterministicZip {

    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final Pattern ROOT_START_TAG = Pattern.compile("<(?![?!])[^>]*>");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s+([\\w:.-]+)=\"([^\"]*)\"");

    private DeterministicZip() {
    }

    private static boolean isXml(String name) {
        return name.endsWith(".xml") || name.endsWith(".rels");
    }

    /**
     * JAXB declares the root element's namespaces in an order that depends on class loading (JVM flags,
     * archive of classes), not on the content: they are sorted by name so that the part's bytes do not.
     */
    static byte[] sortRootNamespaces(byte[] xml) {
        String text = new String(xml, StandardCharsets.UTF_8);
        Matcher tag = ROOT_START_TAG.matcher(text);
        if (!tag.find()) {
            return xml;
        }
        String start = tag.group();
        Matcher first = ATTRIBUTE.matcher(start);
        if (!first.find()) {
            return xml;
        }
        int nameEnd = first.start();
        int attributesEnd = start.endsWith("/>") ? start.length() - 2 : start.length() - 1;
        List<String> namespaces = new ArrayList<>();
        List<String> others = new ArrayList<>();
        Matcher attribute = ATTRIBUTE.matcher(start.substring(0, attributesEnd));
        while (attribute.find()) {
            (attribute.group(1).startsWith("xmlns") ? namespaces : others).add(" " + attribute.group(1) + "=\"" + attribute.group(2) + "\"");
        }
        Collections.sort(namespaces);
        String sorted = start.substring(0, nameEnd) + String.join("", namespaces) + String.join("", others) + start.substring(attributesEnd);
        return (text.substring(0, tag.start()) + sorted + text.substring(tag.end())).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] repack(byte[] zip, LocalDate date) {
        try {
            Map<String, byte[]> entries = new TreeMap<>((a, b) -> {
                if (a.equals(b)) {
                    return 0;
                }
                if (a.equals(CONTENT_TYPES) || b.equals(CONTENT_TYPES)) {
                    return a.equals(CONTENT_TYPES) ? -1 : 1;
                }
                return a.compareTo(b);
            });
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    byte[] content = in.readAllBytes();
                    entries.put(entry.getName(), isXml(entry.getName()) ? sortRootNamespaces(content) : content);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
            try (ZipOutputStream zipOut = new ZipOutputStream(out)) {
                zipOut.setLevel(6);
                for (Map.Entry<String, byte[]> part : entries.entrySet()) {
                    ZipEntry entry = new ZipEntry(part.getKey());
                    // Local time without time zone: the same bytes whatever the machine's zone.
                    entry.setTimeLocal(date.atStartOfDay());
                    zipOut.putNextEntry(entry);
                    zipOut.write(part.getValue());
                    zipOut.closeEntry();
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
