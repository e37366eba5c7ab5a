package org.taiwa.library.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.taiwa.security.RateLimit;
import org.taiwa.security.RateLimits;
import org.taiwa.directory.Municipality;
import org.taiwa.directory.MunicipalityId;
import org.taiwa.library.DocumentEditor;
import org.taiwa.library.DiscussionLink;
import org.taiwa.library.DocumentId;
import org.taiwa.library.DocumentType;
import org.taiwa.library.DocumentUploads;
import org.taiwa.library.FiscalYear;
import org.taiwa.library.ImplementationModel;
import org.taiwa.library.LibraryFilter;
import org.taiwa.library.LibrarySort;
import org.taiwa.library.PolicyDocument;
import org.taiwa.library.PolicyLibrary;
import org.taiwa.library.PolicyStage;
import org.taiwa.library.StoredFile;
import org.taiwa.library.internal.ApiParameters.MetadataFields;

/**
 * {@code /api/documents}: upload (multipart), read, list, download, new versions, edit, delete. Errors come
 * back as problem details: 400 bad input, 403 not allowed, 404 unknown, 409 duplicate file (with
 * {@code existingId}) or concurrent change, 413 too large.
 */
@RestController
@RequestMapping(path = "/api/documents", produces = "application/json")
class LibraryApi {

    private final PolicyLibrary library;
    private final DocumentUploads uploads;
    private final DocumentEditor editor;
    private final Municipalities municipalities;
    private final RateLimits rateLimits;

    LibraryApi(PolicyLibrary library, DocumentUploads uploads, DocumentEditor editor, Municipalities municipalities,
               RateLimits rateLimits) {
        this.rateLimits = rateLimits;
        this.library = library;
        this.uploads = uploads;
        this.editor = editor;
        this.municipalities = municipalities;
    }

    /** {@code municipalities} and {@code tags} may repeat or be comma lists; municipalities by code or name. */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<DocumentJson> upload(@RequestPart("file") MultipartFile file, @RequestParam String title,
                                        @RequestParam String documentType, @RequestParam String fiscalYear,
                                        @RequestParam(required = false) List<String> municipalities,
                                        @RequestParam String visibility,
                                        @RequestParam(required = false) String spaceId,
                                        @RequestParam(required = false) String summary,
                                        @RequestParam(required = false) String model,
                                        @RequestParam(required = false) String stage,
                                        @RequestParam(required = false) List<String> tags,
                                        @RequestParam(required = false) String author) {
        rateLimits.takeForCurrentMember(RateLimit.UPLOAD);
        var fields = new MetadataFields(title, summary, documentType, fiscalYear, municipalities, visibility, spaceId,
                model, stage, tags, author);
        try (InputStream content = file.getInputStream()) {
            PolicyDocument document = uploads.upload(fields.toMetadata(this.municipalities),
                    file.getOriginalFilename(), content);
            return ResponseEntity.created(location(document)).body(json(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code basedOn} (optional) is the latest version number the caller saw: if another version arrived
     * meanwhile, a 409 instead of a new version on top of one the caller never saw.
     */
    @PostMapping(path = "/{id}/versions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<DocumentJson> addVersion(@PathVariable String id, @RequestPart("file") MultipartFile file,
                                            @RequestParam(required = false) Integer basedOn) {
        rateLimits.takeForCurrentMember(RateLimit.UPLOAD);
        try (InputStream content = file.getInputStream()) {
            PolicyDocument document = uploads.addVersion(new DocumentId(id), file.getOriginalFilename(), content,
                    basedOn);
            return ResponseEntity.created(location(document)).body(json(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping
    DocumentJson.PageJson list(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
                               @RequestParam(required = false) String year,
                               @RequestParam(required = false) String municipality,
                               @RequestParam(required = false) String space,
                               @RequestParam(required = false) String model,
                               @RequestParam(required = false) String stage,
                               @RequestParam(defaultValue = "UPDATED") String sort,
                               @RequestParam(defaultValue = "desc") String order,
                               @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        List<MunicipalityId> place = municipality == null ? List.of() : this.municipalities.resolve(List.of(municipality));
        var filter = new LibraryFilter(q, ApiParameters.optional(type, "type", DocumentType::parse),
                ApiParameters.optional(year, "year", FiscalYear::parse), place.isEmpty() ? null : place.getFirst(),
                space, ApiParameters.optional(model, "model", ImplementationModel::parse),
                ApiParameters.optional(stage, "stage", PolicyStage::parse));
        var key = ApiParameters.required(sort, "sort", ApiParameters::sortKey);
        if (page < 0) {
            throw new IllegalArgumentException("page must not be negative");
        }
        List<PolicyDocument> documents = library.find(filter, new LibrarySort(key, "asc".equalsIgnoreCase(order)),
                Math.multiplyExact(page, size), size);
        Map<MunicipalityId, Municipality> names = names();
        return new DocumentJson.PageJson(library.count(filter), page, size,
                documents.stream().map(d -> DocumentJson.of(d, names)).toList());
    }

    @GetMapping("/{id}")
    DocumentJson get(@PathVariable String id) {
        return json(library.get(new DocumentId(id)));
    }

    /** The latest version's original. */
    /** The threads that link the document, as far as the caller may read them. */
    @GetMapping("/{id}/discussions")
    List<DiscussionLink> discussions(@PathVariable String id) {
        return library.discussions(new DocumentId(id));
    }

    @GetMapping(path = "/{id}/file", produces = MediaType.ALL_VALUE)
    ResponseEntity<InputStreamResource> file(@PathVariable String id) {
        return download(library.latestFile(new DocumentId(id)));
    }

    @GetMapping(path = "/{id}/versions/{version}/file", produces = MediaType.ALL_VALUE)
    ResponseEntity<InputStreamResource> file(@PathVariable String id, @PathVariable int version) {
        return download(library.file(new DocumentId(id), version));
    }

    /** Replaces the metadata; {@code revision} (optional) makes a concurrent edit a 409 instead of lost. */
    @PutMapping(path = "/{id}", consumes = "application/json")
    DocumentJson update(@PathVariable String id, @RequestBody EditedMetadata request) {
        var documentId = new DocumentId(id);
        int revision = request.revision() != null ? request.revision() : library.get(documentId).revision();
        return json(editor.update(documentId, revision, request.fields().toMetadata(municipalities)));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        editor.delete(new DocumentId(id));
        return ResponseEntity.noContent().build();
    }

    /** The JSON of an edit: the upload's fields plus the revision the edit started from. */
    record EditedMetadata(String title, String summary, String documentType, String fiscalYear,
                          List<String> municipalities, String visibility, String spaceId, String model, String stage,
                          List<String> tags, String author, Integer revision) {

        MetadataFields fields() {
            return new MetadataFields(title, summary, documentType, fiscalYear, municipalities, visibility, spaceId,
                    model, stage, tags, author);
        }
    }

    private ResponseEntity<InputStreamResource> download(StoredFile file) {
        try {
            return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.mediaType()))
                    .contentLength(file.size())
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDispositions.attachment(file.fileName()))
                    .body(new InputStreamResource(file.content().open()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private DocumentJson json(PolicyDocument document) {
        return DocumentJson.of(document, names());
    }

    private Map<MunicipalityId, Municipality> names() {
        return municipalities.all().stream().collect(Collectors.toMap(Municipality::id, Function.identity()));
    }

    private static URI location(PolicyDocument document) {
        return URI.create("/api/documents/" + document.id().value());
    }
}
