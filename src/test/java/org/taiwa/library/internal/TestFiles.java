package org.taiwa.library.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Small files of every kind the library meets, made on the spot (PDFBox and POI come with Tika). */
public final class TestFiles {

    private TestFiles() {
    }

    public static byte[] pdf(String text) {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new PDPage();
            document.addPage(page);
            if (text != null) {
                try (var content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    content.newLineAtOffset(72, 700);
                    // the standard fonts know no Japanese: such characters become '?'
                    content.showText(text.replaceAll("[^\\x20-\\x7e]", "?"));
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A PDF that opens only with the password {@code secret}. */
    public static byte[] encryptedPdf(String text) {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf(text)); var out = new ByteArrayOutputStream()) {
            var policy = new StandardProtectionPolicy("owner-secret", "secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts like a PDF, then nothing a PDF reader can use. */
    public static byte[] corruptPdf() {
        return ("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\n" + "x".repeat(500) + "\n%%EOF")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    public static byte[] docx(String text) {
        try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText(text);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] xlsx(String text) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            workbook.createSheet("排出量").createRow(0).createCell(0).setCellValue(text);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] pptx(String text) {
        try (var slides = new XMLSlideShow(); var out = new ByteArrayOutputStream()) {
            slides.createSlide().createTextBox().setText(text);
            slides.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A Word 97 (binary {@code .doc}) file. POI cannot write one from nothing, so this edits a blank one:
     * src/test/resources/library/word97-template.doc, whose only text is the paragraph 本文. It was made with
     * {@code soffice --headless --convert-to 'doc:MS Word 97' template.odt} (LibreOffice 7.4, Debian's
     * libreoffice-writer-nogui), where template.odt is {@code odt("本文")}; Japanese text makes LibreOffice
     * store the text as UTF-16, so any text fits in its place.
     */
    public static byte[] doc(String text) {
        try (InputStream template = TestFiles.class.getResourceAsStream("/library/word97-template.doc");
             var document = new HWPFDocument(template); var out = new ByteArrayOutputStream()) {
            document.getRange().replaceText("本文", text);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * An OpenDocument text: a zip whose first entry, {@code mimetype}, is stored uncompressed (which is how
     * readers recognise the format), then the text in {@code content.xml} and the manifest.
     */
    public static byte[] odt(String text) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content"
                + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
                + "<office:body><office:text><text:p>" + escaped + "</text:p></office:text></office:body>"
                + "</office:document-content>";
        String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<manifest:manifest"
                + " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
                + "<manifest:file-entry manifest:full-path=\"/\""
                + " manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                + "</manifest:manifest>";
        try (var bytes = new ByteArrayOutputStream(); var out = new ZipOutputStream(bytes)) {
            byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            var first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            var crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            out.putNextEntry(first);
            out.write(mimetype);
            out.closeEntry();
            out.putNextEntry(new ZipEntry("content.xml"));
            out.write(content.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            out.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            out.write(manifest.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A Word file protected with the password {@code secret} (Office's agile encryption). */
    public static byte[] encryptedDocx(String text) {
        try (var fs = new POIFSFileSystem(); var out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream encrypted = encryptor.getDataStream(fs)) {
                encrypted.write(docx(text));
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A valid Word container whose document part is not well-formed XML. */
    public static byte[] brokenDocx() {
        return replaceDocumentXml(docx("x"), out -> out.write(
                "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>"
                        .getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * A Word file of some ten kilobytes whose text unpacks to {@code megabytes} MB: a decompression bomb.
     */
    public static byte[] zipBombDocx(int megabytes) {
        return replaceDocumentXml(docx("x"), out -> {
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\""
                    + "http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] paragraph = ("<w:p><w:r><w:t>" + "a".repeat(1000) + "</w:t></w:r></w:p>")
                    .getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < megabytes * 1024L * 1024L; written += paragraph.length) {
                out.write(paragraph);
            }
            out.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        });
    }

    public static byte[] text(String text, Charset charset) {
        return text.getBytes(charset);
    }

    public static Path write(Path dir, String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    private interface PartWriter {
        void write(OutputStream out) throws IOException;
    }

    private static byte[] replaceDocumentXml(byte[] docx, PartWriter documentXml) {
        try (var in = new ZipInputStream(new ByteArrayInputStream(docx)); var bytes = new ByteArrayOutputStream();
             var out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("word/document.xml")) {
                    documentXml.write(out);
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
