package org.toolflow.release;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code toolflow.release.*}: where the release process writes to.
 *
 * @param ombEmail the OMB's address: it hears of every release plan
 * @param announcementList an extra address for release announcements (e.g. a product teams' list); each tool's
 *     support address and the OTAG's members are always included
 */
@ConfigurationProperties("toolflow.release")
record ReleaseProperties(String ombEmail, String announcementList) {

  ReleaseProperties {
    ombEmail = ombEmail == null || ombEmail.isBlank() ? "omb@egi.eu" : ombEmail.trim();
    announcementList = announcementList == null || announcementList.isBlank() ? null : announcementList.trim();
  }
}
