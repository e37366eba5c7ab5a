package org.taiwa.discussion.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SplitNoteTest {

    @Test
    void the_note_names_the_new_thread_in_japanese_then_english() {
        String note = SplitNote.text("共同購入の日程");
        assertThat(note).startsWith("この枝は新しいスレッド「共同購入の日程」に移しました。")
                .endsWith("This branch was moved to a new thread: “共同購入の日程”.");
    }

    @Test
    void markdown_in_the_title_shows_as_written() {
        String html = MarkdownRenderer.toSafeHtml(SplitNote.text("**大事** [link](https://example.org) #1"));
        assertThat(html).contains("**大事** [link](https://example.org) #1").doesNotContain("<strong>")
                .doesNotContain("<a ");
    }
}
