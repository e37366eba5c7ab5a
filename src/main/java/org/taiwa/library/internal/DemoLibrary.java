package org.taiwa.library.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.taiwa.library.DocumentChanged;
import org.taiwa.library.DocumentId;
import org.taiwa.library.DocumentMetadata;
import org.taiwa.library.DocumentType;
import org.taiwa.library.FiscalYear;
import org.taiwa.library.ImplementationModel;
import org.taiwa.library.LibraryProperties;
import org.taiwa.library.PolicyStage;
import org.taiwa.library.StagedFile;
import org.taiwa.security.policy.Visibility;
import org.taiwa.storage.Sequences;

/**
 * The demo documents: the seed press release and sample documents of the research committee, listed in
 * {@code config/demo-library/documents.csv} (packaged as {@code taiwa-config/demo-library/}). Stored under
 * fixed ids by the secretariat: a start adds what is missing and corrects metadata that differs, and
 * leaves everything else alone, so starting again changes nothing. Off with
 * {@code taiwa.library.demo-data=false}.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 80)
class DemoLibrary implements ApplicationRunner {

    static final String LOCATION = "taiwa-config/demo-library/";
    static final String UPLOADER = "secretariat";
    private static final Logger log = LoggerFactory.getLogger(DemoLibrary.class);

    private final DocumentWriter writer;
    private final DocumentStore documents;
    private final Municipalities municipalities;
    private final Sequences sequences;
    private final ApplicationEventPublisher events;
    private final LibraryProperties properties;

    DemoLibrary(DocumentWriter writer, DocumentStore documents, Municipalities municipalities, Sequences sequences,
                ApplicationEventPublisher events, LibraryProperties properties) {
        this.writer = writer;
        this.documents = documents;
        this.municipalities = municipalities;
        this.sequences = sequences;
        this.events = events;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demoData()) {
            return;
        }
        int added = 0;
        for (CSVRecord row : manifest()) {
            var id = new DocumentId(row.get("id"));
            DocumentMetadata metadata = metadata(row);
            DocumentRecord existing = documents.find(id.value()).orElse(null);
            if (existing == null) {
                added += add(id, row.get("file"), metadata) ? 1 : 0;
            } else if (!existing.deleted() && !existing.metadata().equals(metadata)) {
                DocumentRecord updated = documents.updateMetadata(id.value(), existing.revision(), metadata,
                        sequences.next(Sequences.CHANGES), Instant.now());
                if (updated != null) {
                    events.publishEvent(new DocumentChanged(id, updated.changeSeq(), DocumentChanged.Change.METADATA));
                }
            }
        }
        log.info("Library demo data: {} documents added", added);
    }

    private boolean add(DocumentId id, String file, DocumentMetadata metadata) {
        StagedFile staged;
        try (InputStream in = new ClassPathResource(LOCATION + file).getInputStream()) {
            staged = writer.stage(file, in);
        } catch (IOException e) {
            throw new UncheckedIOException("demo document " + file + " is missing", e);
        }
        try {
            writer.create(id, staged, metadata, UPLOADER);
            return true;
        } catch (DocumentWriter.HashTaken taken) {
            log.info("Demo document {} is already in the library as {}", file, taken.holder().documentId());
            return false;
        } finally {
            staged.discard();
        }
    }

    private DocumentMetadata metadata(CSVRecord row) {
        return new DocumentMetadata(row.get("title"), row.get("summary"), DocumentType.valueOf(row.get("type")),
                FiscalYear.of(Integer.parseInt(row.get("fiscalYear"))), municipalities.resolve(list(row, "municipalities")),
                row.get("spaceId"), ImplementationModel.parse(row.get("model")).orElse(null),
                PolicyStage.parse(row.get("stage")).orElse(null), list(row, "tags"),
                Visibility.valueOf(row.get("visibility")), row.get("author"));
    }

    private static List<String> list(CSVRecord row, String column) {
        return Arrays.stream(row.get(column).split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<CSVRecord> manifest() {
        try (InputStream in = new ClassPathResource(LOCATION + "documents.csv").getInputStream();
             var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("the demo library's manifest is missing", e);
        }
    }
}
