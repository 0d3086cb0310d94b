package org.toolflow.release;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.toolflow.system.config.BlankSetting;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code toolflow.release.*}: where the release process writes to.
 *
 * @param ombEmail the OMB's address: it hears of every release plan
 * @param announcementList an extra address for release announcements (e.g. a product teams' list); each tool's
 *     support address and the OTAG's members are always included
 */
@ConfigurationProperties("toolflow.release")
record ReleaseProperties(@DefaultValue(OMB_EMAIL) String ombEmail, String announcementList) {

  static final String OMB_EMAIL = "omb@egi.eu";

  ReleaseProperties {
    ombEmail = BlankSetting.orDefault(ombEmail, OMB_EMAIL);
    // No list by default: the announcement then goes to EGI Operations only.
    announcementList = BlankSetting.orDefault(announcementList, null);
  }
}
