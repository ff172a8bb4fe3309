package vn.trithuc.content.questions.formats;

import java.io.IOException;
import java.io.InputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * XML parsing for uploaded files: no DTDs, no external entities or schemas, no XInclude (XXE and
 * "billion laughs" refused); a malformed file becomes a {@link QuestionFileException} with its line.
 */
final class SafeXml {

    private SafeXml() {
    }

    static Document parse(InputStream in, String file, boolean namespaceAware) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(namespaceAware);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(in);
        } catch (SAXParseException e) {
            throw new QuestionFileException(file, e.getLineNumber(), "malformed XML at column " + e.getColumnNumber() + ": " + e.getMessage());
        } catch (SAXException e) {
            throw new QuestionFileException(file, 0, "malformed XML: " + e.getMessage());
        } catch (IOException e) {
            throw new QuestionFileException(file, 0, "cannot be read: " + e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
