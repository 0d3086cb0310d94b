package org.toolflow.audit;

import java.util.List;

/** Where the trail reads the outside calls of one instance. */
interface OutsideCalls {

  List<OutsideCall> of(String processInstanceId);
}
