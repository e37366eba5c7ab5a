package org.taiwa.discussion.ui;

import java.util.List;

import org.taiwa.discussion.AttachedDocument;
import org.taiwa.discussion.InvalidInputException;
import org.taiwa.discussion.Post;
import org.taiwa.discussion.PostAttachments;
import org.taiwa.discussion.PostId;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * The library documents attached to a post, as links to their pages; its author also gets "attach a document"
 * (a picker over the documents they may open) and a remove button per document.
 */
class AttachmentList extends Div {

    private static final int SUGGESTIONS = 20;

    private final PostAttachments attachments;
    private final PostId post;
    private final boolean mine;

    AttachmentList(PostAttachments attachments, Post post, boolean mine) {
        this.attachments = attachments;
        this.post = post.id();
        this.mine = mine;
        addClassName("taiwa-attachments");
        show(attachments.of(post));
    }

    /** After the author changed the list: read anew. */
    private void show() {
        show(attachments.of(post));
    }

    private void show(List<AttachedDocument> documents) {
        removeAll();
        for (AttachedDocument document : documents) {
            var link = new Anchor("library/" + document.id().value(), "📄 " + document.title());
            link.addClassName("taiwa-attachment");
            var item = new Span(link);
            if (mine) {
                var remove = new Button("×", e -> {
                    attachments.detach(post, document.id());
                    show();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                remove.setAriaLabel(getTranslation("attachment.remove", document.title()));
                item.add(remove);
            }
            add(item);
        }
        if (mine) {
            var attach = new Button(getTranslation("attachment.add"), e -> pick());
            attach.addClassName("taiwa-attach");
            attach.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            add(attach);
        }
    }

    private void pick() {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("attachment.add"));
        var picker = new ComboBox<AttachedDocument>(getTranslation("attachment.document"));
        picker.addClassName("taiwa-attach-picker");
        picker.setItemLabelGenerator(AttachedDocument::title);
        picker.setItems(query -> attachments.attachable(query.getFilter().orElse(""), SUGGESTIONS).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        picker.setWidthFull();
        var ok = new Button(getTranslation("attachment.attach"), e -> {
            if (picker.getValue() == null) {
                picker.setErrorMessage(getTranslation("attachment.choose"));
                picker.setInvalid(true);
                return;
            }
            try {
                attachments.attach(post, picker.getValue().id());
                dialog.close();
                show();
            } catch (InvalidInputException problem) {
                picker.setErrorMessage(getTranslation(problem.getCodes()[0], problem.getArguments()));
                picker.setInvalid(true);
            }
        });
        ok.addClassName("taiwa-attach-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(picker);
        dialog.getFooter().add(new Button(getTranslation("attachment.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }
}
