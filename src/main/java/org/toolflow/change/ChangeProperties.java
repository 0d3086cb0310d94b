package org.toolflow.change;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where change requests go: the RT queue and the custom field holding the tool's category, and the address
 * EGI Operations reads for requests from customers other than EGI.
 */
@ConfigurationProperties("toolflow.change")
record ChangeProperties(String rtQueue, String rtCategoryField, String egiOperationsEmail) {

  ChangeProperties {
    rtQueue = rtQueue == null || rtQueue.isBlank() ? "Requirements" : rtQueue;
    rtCategoryField = rtCategoryField == null || rtCategoryField.isBlank() ? "Category" : rtCategoryField;
    egiOperationsEmail = egiOperationsEmail == null || egiOperationsEmail.isBlank()
        ? "operations@egi.eu" : egiOperationsEmail;
  }
}
