package com.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.switchboard.base.domain.PlainText;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;

class DataContractXmlTest {

    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"utf-8\"?>";

    @Test
    void customer_info_is_written_exactly_as_the_reference_sample() {
        String xml = DataContractXml.write(SeedSamples.placeholderCustomerInfo());

        assertThat(xml).startsWith(DECLARATION);
        assertThat(xml.substring(DECLARATION.length())).isEqualTo(SeedSamples.customerInfoXml());
    }

    @Test
    void customer_info_matches_the_reference_sample_element_by_element() throws Exception {
        List<String> ours = elements(DataContractXml.write(SeedSamples.placeholderCustomerInfo()));
        List<String> reference = elements(SeedSamples.customerInfoXml());

        assertThat(ours).hasSize(reference.size());
        for (int i = 0; i < reference.size(); i++) {
            assertThat(ours.get(i)).as("element %d", i).isEqualTo(reference.get(i));
        }
    }

    @Test
    void numbers_have_no_trailing_zero_or_exponent() {
        assertThat(DataContractXml.formatNumber(0)).isEqualTo("0");
        assertThat(DataContractXml.formatNumber(49)).isEqualTo("49");
        assertThat(DataContractXml.formatNumber(0.0075)).isEqualTo("0.0075");
        assertThat(DataContractXml.formatNumber(1e10)).isEqualTo("10000000000");
    }

    @Test
    void text_is_escaped() {
        var info = SeedSamples.placeholderCustomerInfo();
        info.name = "Birch & Stone <Law> \"LLP\"";
        String xml = DataContractXml.write(info);
        assertThat(xml).contains("<Name>Birch &amp; Stone &lt;Law&gt; \"LLP\"</Name>");
    }

    /**
     * Every code point, and every lone surrogate, through the writer: the document parses with the
     * JDK's parser and Woodstox alike, what XML carries comes back as it was, and everything else
     * (C0 controls but tab and line breaks, U+FFFE, U+FFFF, lone surrogates) as U+FFFD.
     */
    @Test
    void the_writer_never_writes_a_character_xml_cannot_carry() throws Exception {
        StringBuilder all = new StringBuilder();
        StringBuilder expected = new StringBuilder();
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            boolean loneSurrogate = cp >= 0xD800 && cp <= 0xDFFF;
            all.appendCodePoint(cp);
            expected.appendCodePoint(PlainText.carriedByXml(cp) ? cp : PlainText.REPLACEMENT);
            if (loneSurrogate) {
                all.append('|');
                expected.append('|');
            }
        }
        var info = SeedSamples.placeholderCustomerInfo();
        info.name = all.toString();
        info.referenceId = "\uDBFF";
        String xml = DataContractXml.write(info);
        for (XMLInputFactory factory : List.of(XMLInputFactory.newDefaultFactory(), XMLInputFactory.newFactory())) {
            assertThat(texts(factory, xml, "Name")).contains(expected.toString());
            assertThat(texts(factory, xml, "ReferenceId")).containsExactly("\uFFFD");
        }
    }

    /** The text of every element named {@code local} that holds text only, in document order. */
    private static List<String> texts(XMLInputFactory factory, String xml, String local) throws Exception {
        XMLStreamReader reader = factory.createXMLStreamReader(new StringReader(xml));
        List<String> texts = new ArrayList<>();
        while (reader.hasNext()) {
            if (reader.next() == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals(local)
                    && reader.getAttributeValue("http://www.w3.org/2001/XMLSchema-instance", "nil") == null) {
                texts.add(reader.getElementText());
            }
        }
        return texts;
    }

    /** Each element as "depth namespace localName nil=… text=…", in document order. */
    static List<String> elements(String xml) throws Exception {
        XMLStreamReader reader = XMLInputFactory.newFactory().createXMLStreamReader(new StringReader(xml));
        List<String> out = new ArrayList<>();
        int depth = 0;
        StringBuilder text = new StringBuilder();
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                text.setLength(0);
                out.add(depth + " {" + reader.getNamespaceURI() + "}" + reader.getLocalName() + " nil="
                        + reader.getAttributeValue("http://www.w3.org/2001/XMLSchema-instance", "nil"));
            } else if (event == XMLStreamConstants.CHARACTERS) {
                text.append(reader.getText().strip());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (!text.isEmpty()) {
                    out.add(depth + " text=" + text);
                    text.setLength(0);
                }
                depth--;
            }
        }
        return out;
    }
}
