package org.taiwa.purchase.ui;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.openpdf.text.pdf.BaseFont;
import org.taiwa.directory.MunicipalityDirectory;
import org.taiwa.purchase.Campaign;
import org.taiwa.purchase.CreditProject;
import org.taiwa.purchase.SignUp;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.taiwa.offset.ui.PdfFont;

/**
 * The offset certificates of a settled campaign that the viewer may see (its own municipality's; all for the
 * secretariat), one PDF per retired event. Without a Japanese font the links give way to a sentence naming the
 * setting that provides one.
 */
final class Certificates extends Composite<Div> {

    Certificates(Campaign campaign, CreditProject project, List<SignUp> signUps, MunicipalityDirectory directory,
                 PurchaseUiProperties properties) {
        var texts = PurchaseTexts.of(this);
        Div content = getContent();
        content.setId("certificates");
        content.add(new H2(texts.get("purchase.certificates.title")));
        Optional<BaseFont> font = PdfFont.load(properties.font());
        if (font.isEmpty()) {
            content.add(new Paragraph(texts.get("purchase.certificates.no-font", "taiwa.purchase.certificate-font")));
            return;
        }
        int shown = 0;
        for (SignUp signUp : signUps) {
            String municipality = directory.byId(signUp.municipality()).map(m -> m.name(texts.locale()))
                    .orElse(signUp.municipality().value());
            for (SignUp.Retirement retirement : signUp.retirements()) {
                if (retirement.tonnes() <= 0) {
                    continue;
                }
                var certificate = new Certificate(retirement.certificateNumber(), campaign.title(),
                        project == null ? "" : project.scheme() + " " + project.location(),
                        project == null ? "" : project.issuer(), retirement.eventName(), municipality,
                        retirement.tonnes(), PurchaseTexts.japanDate(retirement.retiredAt()));
                var link = new Anchor(event -> {
                    event.setFileName(certificate.fileName());
                    event.setContentType("application/pdf");
                    try (var out = event.getOutputStream()) {
                        CertificatePdf.write(certificate, texts, font.get(), out);
                    } catch (IOException e) {
                        event.getResponse().setStatus(500);
                    }
                }, AttachmentType.DOWNLOAD, certificate.number());
                link.setId("certificate-" + certificate.number());
                content.add(new Div(link, new Span(" " + municipality + " — " + certificate.event() + " — "
                        + texts.tonnes(certificate.tonnes()))));
                shown++;
            }
        }
        if (shown == 0) {
            content.add(new Paragraph(texts.get("purchase.certificates.none")));
        }
    }
}
