package fr.ctg.write.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DeterministicZipTest {

    @Test
    void sortsTheRootNamespacesWhateverOrderJaxbChose() {
        String first = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<w:document xmlns:wp=\"urn:wp\" xmlns:w=\"urn:w\" mc:Ignorable=\"w14\" xmlns:mc=\"urn:mc\"><w:body/></w:document>";
        String second = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<w:document xmlns:mc=\"urn:mc\" xmlns:w=\"urn:w\" xmlns:wp=\"urn:wp\" mc:Ignorable=\"w14\"><w:body/></w:document>";

        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<w:document xmlns:mc=\"urn:mc\" xmlns:w=\"urn:w\" xmlns:wp=\"urn:wp\" mc:Ignorable=\"w14\"><w:body/></w:document>",
                sorted(first));
        assertEquals(sorted(first), sorted(second));
    }

    @Test
    void leavesARootWithoutAttributesAsItIs() {
        String xml = "<?xml version=\"1.0\"?><Types><Default Extension=\"xml\"/></Types>";
        assertEquals(xml, sorted(xml));
    }

    private static String sorted(String xml) {
        return new String(DeterministicZip.sortRootNamespaces(xml.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }
}
