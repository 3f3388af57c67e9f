package jp.planreport.report.pdf;

import java.nio.charset.StandardCharsets;

/**
 * The booklet's XMP metadata as JasperReports writes it for PDF/A-2a, plus the PDF/UA-1
 * identification ({@code pdfuaid:part} 1) and the PDF/A extension schema that PDF/A requires for a
 * property outside its predefined schemas. JasperReports 7.0.6 knows no PDF/UA.
 */
final class AccessibleXmp {

    private static final String PDF_UA = """
            <rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
              <pdfuaid:part>1</pdfuaid:part>
            </rdf:Description>
            <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" \
            xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
              <pdfaExtension:schemas>
                <rdf:Bag>
                  <rdf:li rdf:parseType="Resource">
                    <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
                    <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
                    <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
                    <pdfaSchema:property>
                      <rdf:Seq>
                        <rdf:li rdf:parseType="Resource">
                          <pdfaProperty:name>part</pdfaProperty:name>
                          <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
                          <pdfaProperty:category>internal</pdfaProperty:category>
                          <pdfaProperty:description>Indicates which part of ISO 14289 the document follows</pdfaProperty:description>
                        </rdf:li>
                      </rdf:Seq>
                    </pdfaSchema:property>
                  </rdf:li>
                </rdf:Bag>
              </pdfaExtension:schemas>
            </rdf:Description>
            """;

    private AccessibleXmp() {
    }

    static byte[] withPdfUa(byte[] xmp) {
        String text = new String(xmp, StandardCharsets.UTF_8);
        int end = text.lastIndexOf("</rdf:RDF>");
        if (end < 0) {
            throw new IllegalStateException("XMP without rdf:RDF");
        }
        return (text.substring(0, end) + PDF_UA + text.substring(end)).getBytes(StandardCharsets.UTF_8);
    }
}
