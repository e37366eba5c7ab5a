package org.taiwa.discussion.internal;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.taiwa.discussion.AttachedDocument;
import org.taiwa.discussion.PostAttachments;
import org.taiwa.discussion.PostId;
import org.taiwa.library.DocumentId;

/** {@code /api/posts/{id}/attachments}: library documents linked from a post (problem details 400/403/404/409). */
@RestController
@RequestMapping(path = "/api/posts/{id}/attachments", produces = "application/json")
class AttachmentApi {

    private final PostAttachments attachments;

    AttachmentApi(PostAttachments attachments) {
        this.attachments = attachments;
    }

    @GetMapping
    List<AttachmentJson> list(@PathVariable String id) {
        return attachments.of(new PostId(id)).stream().map(AttachmentJson::of).toList();
    }

    /** The author attaches a document they may open; attaching it again changes nothing. */
    @PutMapping("/{documentId}")
    AttachmentJson attach(@PathVariable String id, @PathVariable String documentId) {
        return AttachmentJson.of(attachments.attach(new PostId(id), new DocumentId(documentId)));
    }

    @DeleteMapping("/{documentId}")
    ResponseEntity<Void> detach(@PathVariable String id, @PathVariable String documentId) {
        attachments.detach(new PostId(id), new DocumentId(documentId));
        return ResponseEntity.noContent().build();
    }

    record AttachmentJson(String documentId, String title, String url) {

        static AttachmentJson of(AttachedDocument document) {
            return new AttachmentJson(document.id().value(), document.title(), "/library/" + document.id().value());
        }
    }
}
