package org.taiwa.library.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.taiwa.directory.Municipality;
import org.taiwa.directory.MunicipalityId;
import org.taiwa.library.DocumentVersion;
import org.taiwa.library.FiscalYear;
import org.taiwa.library.PolicyDocument;

/** A document on the API. */
record DocumentJson(String id, String title, String summary, String documentType, FiscalYearJson fiscalYear,
                    List<MunicipalityJson> municipalities, String spaceId, String model, String stage,
                    List<String> tags, String visibility, String author, String uploadedBy, Instant createdAt,
                    Instant updatedAt, int revision, long changeSeq, VersionJson latest, List<VersionJson> versions) {

    static DocumentJson of(PolicyDocument d, Map<MunicipalityId, Municipality> municipalities) {
        var m = d.metadata();
        return new DocumentJson(d.id().value(), m.title(), m.summary(), m.type().name(),
                FiscalYearJson.of(m.fiscalYear()),
                m.municipalities().stream().map(id -> MunicipalityJson.of(id, municipalities.get(id))).toList(),
                m.spaceId(), m.model() == null ? null : m.model().name(), m.stage() == null ? null : m.stage().name(),
                m.tags(), m.visibility().name(), m.author(), d.uploadedBy(), d.createdAt(), d.updatedAt(),
                d.revision(), d.changeSeq(), VersionJson.of(d, d.latest()),
                d.versions().stream().map(v -> VersionJson.of(d, v)).toList());
    }

    /** @param label as the portal shows it, {@code 平成23年度 (2011)} */
    record FiscalYearJson(int year, String era, String label) {
        static FiscalYearJson of(FiscalYear year) {
            return new FiscalYearJson(year.year(), year.eraLabel(), year.labelJa());
        }
    }

    record MunicipalityJson(String code, String nameJa, String nameEn) {
        static MunicipalityJson of(MunicipalityId id, Municipality m) {
            return new MunicipalityJson(id.value(), m == null ? null : m.nameJa(), m == null ? null : m.nameEn());
        }
    }

    /** @param extraction {@code status}, {@code reason}, {@code characters}, {@code truncated} */
    record VersionJson(int number, String fileName, long size, String mediaType, String sha256, String uploadedBy,
                       Instant uploadedAt, ExtractionJson extraction, String file) {
        static VersionJson of(PolicyDocument d, DocumentVersion v) {
            var e = v.extraction();
            return new VersionJson(v.number(), v.fileName(), v.size(), v.mediaType(), v.sha256(), v.uploadedBy(),
                    v.uploadedAt(), new ExtractionJson(e.status().name(), e.reason().name(), e.characters(),
                            e.truncated(), e.finishedAt()),
                    "/api/documents/" + d.id().value() + "/versions/" + v.number() + "/file");
        }
    }

    record ExtractionJson(String status, String reason, int characters, boolean truncated, Instant finishedAt) {
    }

    record PageJson(long total, int page, int size, List<DocumentJson> documents) {
    }
}
