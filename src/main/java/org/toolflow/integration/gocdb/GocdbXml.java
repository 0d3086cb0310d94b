package org.toolflow.integration.gocdb;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.toolflow.integration.RemoteHttp;
import org.toolflow.integration.RemoteRefusedException;
import org.toolflow.integration.RemoteUnavailableException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** Reads GOCDB's XML answers ({@code <results>} of {@code SERVICE_ENDPOINT} or {@code DOWNTIME}, or an {@code <error>}). */
final class GocdbXml {

  private GocdbXml() {
  }

  static List<ServiceEndpoint> serviceEndpoints(String xml, String request) {
    List<ServiceEndpoint> endpoints = new ArrayList<>();
    for (Element se : children(results(xml, request), "SERVICE_ENDPOINT")) {
      endpoints.add(new ServiceEndpoint(primaryKey(se), child(se, "HOSTNAME"), child(se, "SERVICE_TYPE"),
          child(se, "SITENAME"), child(se, "URL"), "Y".equals(child(se, "IN_PRODUCTION")),
          "Y".equals(child(se, "NODE_MONITORED"))));
    }
    return endpoints;
  }

  static List<Downtime> downtimes(String xml, String request) {
    List<Downtime> downtimes = new ArrayList<>();
    for (Element dt : children(results(xml, request), "DOWNTIME")) {
      downtimes.add(new Downtime(primaryKey(dt), child(dt, "HOSTNAME"), child(dt, "SEVERITY"),
          dt.getAttribute("CLASSIFICATION"), child(dt, "DESCRIPTION"), epoch(child(dt, "START_DATE")),
          epoch(child(dt, "END_DATE"))));
    }
    return downtimes;
  }

  private static Element results(String xml, String request) {
    Element root;
    try {
      root = parser().parse(new InputSource(new StringReader(xml))).getDocumentElement();
    } catch (SAXException | IOException | ParserConfigurationException e) {
      throw new RemoteUnavailableException("GOCDB answered " + request + " with something that is not XML: "
          + RemoteHttp.excerpt(xml == null ? "" : xml), e);
    }
    if ("error".equalsIgnoreCase(root.getTagName())) {
      throw new RemoteRefusedException("GOCDB refused " + request + ": " + root.getTextContent().strip(), 0);
    }
    return root;
  }

  private static DocumentBuilder parser() throws ParserConfigurationException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    // An answer from the network never gets to load other documents.
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setExpandEntityReferences(false);
    factory.setXIncludeAware(false);
    return factory.newDocumentBuilder();
  }

  private static String primaryKey(Element element) {
    String attribute = element.getAttribute("PRIMARY_KEY");
    return attribute.isEmpty() ? child(element, "PRIMARY_KEY") : attribute;
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && name.equals(element.getTagName())) {
        found.add(element);
      }
    }
    return found;
  }

  // Direct children only: a service's URL, not the URL of one of its endpoints.
  private static String child(Element parent, String name) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? null : found.get(0).getTextContent().strip();
  }

  private static Instant epoch(String seconds) {
    return seconds == null || seconds.isEmpty() ? null : Instant.ofEpochSecond(Long.parseLong(seconds));
  }
}
