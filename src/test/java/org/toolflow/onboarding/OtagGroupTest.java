package org.toolflow.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.toolflow.onboarding.OnboardingFixtures.request;
import static org.toolflow.onboarding.OnboardingProcess.*;
import static org.toolflow.onboarding.OnboardingVariables.*;

import java.util.Map;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.toolflow.ActingAs;
import org.toolflow.TestUsers;
import org.toolflow.ToolFlowSpringTest;
import org.toolflow.system.web.InvalidInputException;
import org.toolflow.system.web.FieldProblem;

/** Onboarding creates the OTAG group a tool asks for, with the members its request names. */
@ToolFlowSpringTest
class OtagGroupTest extends OnboardingTestCase {

  @Test
  void anAcceptedToolThatWantsAnOtagGetsItsGroupWithTheMembersNamedByIdOrEmail() {
    String byId = TestUsers.newPerson(identityService, "otag-a-" + toolKey, "secret");
    String byEmail = TestUsers.newPerson(identityService, "otag-b-" + toolKey, "secret");
    Map<String, Object> request = request(toolKey);
    request.put(OTAG_MEMBERS, byId + ", " + byEmail + "@example.org");

    ProcessInstance onboarding = requestOnboarding(request);
    complete(task(onboarding), Map.of(REVIEW_OUTCOME, ACCEPT));
    execute(job(TASK_REGISTER_TOOL, onboarding));
    execute(job(TASK_CREATE_TEAM_GROUP, onboarding));

    assertThat(identityService.createUserQuery().memberOfGroup("otag-" + toolKey).list()).extracting(User::getId)
        .containsExactlyInAnyOrder(byId, byEmail);
    assertThat(identityService.createGroupQuery().groupId("otag-" + toolKey).singleResult().getName())
        .isEqualTo("OTAG of Tool " + toolKey);
  }

  @Test
  void aToolWithoutOtagGetsNoOtagGroup() {
    Map<String, Object> request = request(toolKey);
    request.put(OTAG_WANTED, NO);

    ProcessInstance onboarding = requestOnboarding(request);
    complete(task(onboarding), Map.of(REVIEW_OUTCOME, ACCEPT));
    execute(job(TASK_REGISTER_TOOL, onboarding));
    execute(job(TASK_CREATE_TEAM_GROUP, onboarding));

    assertThat(identityService.createGroupQuery().groupId("team-" + toolKey).count()).isOne();
    assertThat(identityService.createGroupQuery().groupId("otag-" + toolKey).count()).isZero();
  }

  @Test
  void otagMembersNobodyIsAreRefusedFieldByField() {
    Map<String, Object> unknown = request(toolKey);
    unknown.put(OTAG_MEMBERS, "nobody-" + toolKey + ", ghost-" + toolKey + "@example.org");
    assertThatThrownBy(() -> requestOnboarding(unknown)).isInstanceOfSatisfying(InvalidInputException.class,
        refused -> assertThat(refused.problems()).extracting(FieldProblem::field, FieldProblem::message).containsExactly(
            org.assertj.core.groups.Tuple.tuple(OTAG_MEMBERS, "no ToolFlow user has the id or e-mail address nobody-"
                + toolKey + ", ghost-" + toolKey + "@example.org; give ToolFlow user ids or e-mail addresses of "
                + "ToolFlow users, separated by commas")));

    Map<String, Object> withoutOtag = request(toolKey);
    withoutOtag.put(OTAG_WANTED, NO);
    withoutOtag.put(OTAG_MEMBERS, requester);
    assertThatThrownBy(() -> requestOnboarding(withoutOtag)).isInstanceOfSatisfying(InvalidInputException.class,
        refused -> assertThat(refused.problems()).extracting(FieldProblem::field).containsExactly(OTAG_MEMBERS));
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(toolKey).count()).isZero();
  }

  private ProcessInstance requestOnboarding(Map<String, Object> request) {
    return ActingAs.as(identityService, requester, () -> runtimeService.startProcessInstanceByKey(KEY, request));
  }
}
