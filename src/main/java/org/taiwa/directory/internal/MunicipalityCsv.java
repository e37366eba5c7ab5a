package org.taiwa.directory.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.taiwa.directory.Municipality;
import org.taiwa.directory.MunicipalityId;
import org.taiwa.directory.MunicipalityKind;
import org.taiwa.directory.Participation;
import org.taiwa.directory.Region;

/** Reads {@code config/tokyo-62-municipalities.csv}: one row a municipality, in the official order. */
final class MunicipalityCsv {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get();

    private MunicipalityCsv() {
    }

    static List<Municipality> read(Reader reader) throws IOException {
        var result = new ArrayList<Municipality>();
        for (CSVRecord row : FORMAT.parse(reader)) {
            result.add(toMunicipality(row, result.size() + 1));
        }
        return result;
    }

    private static Municipality toMunicipality(CSVRecord row, int position) {
        var participation = EnumSet.noneOf(Participation.class);
        if (yes(row, "committee_2009_2011")) {
            participation.add(Participation.COMMITTEE_2009_2011);
        }
        if (yes(row, "model_study_2011")) {
            participation.add(Participation.MODEL_STUDY_2011);
        }
        if (yes(row, "joint_purchase_2011")) {
            participation.add(Participation.JOINT_PURCHASE_2011);
        }
        String nameEn = row.get("name_en");
        try {
            return new Municipality(MunicipalityId.fromEnglishName(nameEn), position, row.get("name_ja"), nameEn,
                    MunicipalityKind.fromCode(row.get("kind")), Region.fromCode(row.get("region")), participation);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("line " + row.getRecordNumber() + ": " + e.getMessage(), e);
        }
    }

    private static boolean yes(CSVRecord row, String column) {
        return "yes".equalsIgnoreCase(row.get(column));
    }
}
