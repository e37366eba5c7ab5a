package org.taiwa.purchase.internal;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.taiwa.purchase.CreditProject;

/** A credit project in {@code credit_projects}. */
@Document(CreditProjectDocument.COLLECTION)
record CreditProjectDocument(@Id String id, String issuer, String scheme, String methodology, String location,
                             int vintage, long certifiedTonnes, long availableTonnes, long pricePerTonneYen,
                             boolean taxIncluded, String description, List<String> documentIds) {

    static final String COLLECTION = "credit_projects";

    static CreditProjectDocument of(CreditProject p) {
        return new CreditProjectDocument(p.id(), p.issuer(), p.scheme(), p.methodology(), p.location(), p.vintage(),
                p.certifiedTonnes(), p.availableTonnes(), p.pricePerTonneYen(), p.taxIncluded(), p.description(),
                p.documentIds());
    }

    CreditProject toProject() {
        return new CreditProject(id, issuer, scheme, methodology, location, vintage, certifiedTonnes, availableTonnes,
                pricePerTonneYen, taxIncluded, description, documentIds);
    }
}
