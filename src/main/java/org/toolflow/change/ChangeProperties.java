package org.toolflow.change;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.toolflow.system.config.BlankSetting;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where change requests go: the RT queue and the custom field holding the tool's category, and the address
 * EGI Operations reads for requests from customers other than EGI.
 */
@ConfigurationProperties("toolflow.change")
record ChangeProperties(@DefaultValue(RT_QUEUE) String rtQueue, @DefaultValue(RT_CATEGORY_FIELD) String rtCategoryField,
    @DefaultValue(EGI_OPERATIONS_EMAIL) String egiOperationsEmail) {

  static final String RT_QUEUE = "Requirements";
  static final String RT_CATEGORY_FIELD = "Category";
  static final String EGI_OPERATIONS_EMAIL = "operations@egi.eu";

  ChangeProperties {
    rtQueue = BlankSetting.orDefault(rtQueue, RT_QUEUE);
    rtCategoryField = BlankSetting.orDefault(rtCategoryField, RT_CATEGORY_FIELD);
    egiOperationsEmail = BlankSetting.orDefault(egiOperationsEmail, EGI_OPERATIONS_EMAIL);
  }
}
