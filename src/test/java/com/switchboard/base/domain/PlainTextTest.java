package com.switchboard.base.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void ordinary_text_in_any_script_is_taken() {
        for (String text : List.of("Acme Dental", "Zoë & Søn", "東京歯科", "עברית", "😀 emoji", "a\u200Bb", "",
                "x\u00A0y", "Ω\u0301")) {
            assertThat(PlainText.problem(text, false)).as(text).isNull();
        }
        assertThat(PlainText.problem(null, false)).isNull();
    }

    @Test
    void control_characters_are_refused_except_tab_and_line_breaks_in_multi_line_text() {
        for (int cp = 0; cp < 0x20; cp++) {
            String text = "a" + (char) cp + "b";
            boolean lineOrTab = cp == '\t' || cp == '\n' || cp == '\r';
            assertThat(PlainText.problem(text, false)).as("U+%04X", cp).startsWith("contains a control character");
            assertThat(PlainText.problem(text, true)).as("U+%04X", cp)
                    .isEqualTo(lineOrTab ? null : String.format("contains a control character (U+%04X)", cp));
        }
        for (int cp = 0x7F; cp <= 0x9F; cp++) {
            assertThat(PlainText.problem("a" + (char) cp + "b", true)).as("U+%04X", cp)
                    .isEqualTo(String.format("contains a control character (U+%04X)", cp));
        }
    }

    @Test
    void noncharacters_and_lone_surrogates_are_refused() {
        for (int cp : new int[] {0xFFFE, 0xFFFF, 0xFDD0, 0xFDEF, 0x1FFFE, 0x1FFFF, 0x10FFFF}) {
            assertThat(PlainText.problem("a" + Character.toString(cp) + "b", true)).as("U+%04X", cp)
                    .isEqualTo(String.format("contains a noncharacter (U+%04X)", cp));
        }
        assertThat(PlainText.problem("a\uD800b", false)).isEqualTo("contains a lone surrogate (U+D800)");
        assertThat(PlainText.problem("a\uD800", false)).isEqualTo("contains a lone surrogate (U+D800)");
        assertThat(PlainText.problem("a\uDC00b", false)).isEqualTo("contains a lone surrogate (U+DC00)");
        assertThat(PlainText.problem("\uDC00\uD800", false)).isEqualTo("contains a lone surrogate (U+DC00)");
    }

    @Test
    void text_of_nothing_visible_is_refused() {
        for (String text : List.of(" ", "\u200B", "\u200B\u200C\u200D", "\uFEFF", "\u2060", "\u00A0", "\u3000",
                "\u202E", "\u3164", "\u115F", "\uFE0F", "\u034F", " \u200B ")) {
            assertThat(PlainText.problem(text, true)).as(text).isEqualTo(PlainText.NOTHING_VISIBLE);
        }
        assertThat(PlainText.problem("\t\n", true)).isEqualTo(PlainText.NOTHING_VISIBLE);
    }

    @Test
    void require_names_the_field_and_the_character() {
        assertThatThrownBy(() -> PlainText.require("name", "Name", "a\u0001b", false))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("name");
                    assertThat(e.getMessage()).isEqualTo("Name contains a control character (U+0001)");
                });
    }

    @Test
    void xml_carries_exactly_its_char_production() {
        int carried = 0;
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (PlainText.carriedByXml(cp)) {
                carried++;
            }
        }
        // #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
        assertThat(carried).isEqualTo(3 + (0xD7FF - 0x20 + 1) + (0xFFFD - 0xE000 + 1) + (0x10FFFF - 0x10000 + 1));
        assertThat(PlainText.firstNotCarriedByXml("ok\u0085\uFDD0")).isNull();
        assertThat(PlainText.firstNotCarriedByXml("a\u0001")).isEqualTo("U+0001");
        assertThat(PlainText.firstNotCarriedByXml("a\uD800b")).isEqualTo("U+D800");
    }

    @Test
    void cleaning_drops_what_is_refused_and_keeps_the_rest() {
        assertThat(PlainText.clean("Ctl a\u0001b", false)).isEqualTo("Ctl ab");
        assertThat(PlainText.clean("a\uFFFF\uD800b\u0085", false)).isEqualTo("ab");
        assertThat(PlainText.clean("line\none", false)).isEqualTo("line one");
        assertThat(PlainText.clean("line\none\u0001", true)).isEqualTo("line\none");
        assertThat(PlainText.clean("\u200B\u0001", false)).isEmpty();
        assertThat(PlainText.clean("fine 😀", false)).isEqualTo("fine 😀");
        assertThat(PlainText.clean(null, false)).isNull();
    }
}
