package org.taiwa.discussion.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.taiwa.discussion.DocumentLink;
import org.taiwa.discussion.InvalidMeetingException;

class DocumentLinesTest {

    @Test
    void lines_become_titled_links_and_a_bare_address_is_its_own_title() {
        List<DocumentLink> links = DocumentLines.parse("""
                提言 | https://all62.jp/jigyo/carbonoffset.html

                  https://example.org/guidebook.pdf  \r
                A | B | https://example.org/a""");
        assertThat(links).containsExactly(new DocumentLink("提言", "https://all62.jp/jigyo/carbonoffset.html"),
                new DocumentLink("https://example.org/guidebook.pdf", "https://example.org/guidebook.pdf"),
                new DocumentLink("A | B", "https://example.org/a"));
        assertThat(DocumentLines.parse(DocumentLines.format(links))).isEqualTo(links);
    }

    @Test
    void a_line_without_an_address_is_refused_with_its_number() {
        assertThatThrownBy(() -> DocumentLines.parse("提言 | https://example.org\nガイドブック |"))
                .isInstanceOfSatisfying(InvalidMeetingException.class,
                        e -> assertThat(e.getArguments()).containsExactly(2));
        assertThat(DocumentLines.parse("  \n ")).isEmpty();
    }
}
