/**
 * Shows an error with what to do about it; stays until the user dismisses it or retries.
 * Input problems (AuditInputError) are listed with a button that selects the offending cell.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { useAudit } from "../context";
import type { ShownError } from "../../services/errors";
import { fill } from "../i18n";
import { useOperation } from "../useOperation";

export function ErrorBar({ error, onDismiss }: { error: ShownError | null; onDismiss(): void }) {
  const { t, service } = useAudit();
  const selectOp = useOperation();
  if (!error) return null;
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        {error.message && <MessageBarTitle>{error.message}</MessageBarTitle>} {t[error.hint]}
        {error.issues.length > 0 && (
          <ul>
            {error.issues.map((issue, k) => (
              <li key={k}>
                {issue.message}{" "}
                {issue.cell && (
                  <Button
                    appearance="transparent"
                    size="small"
                    onClick={() => void selectOp.run(() => service.select(issue.cell as string))}
                  >
                    {fill(t.goToCell, { cell: issue.cell })}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        )}
        {selectOp.error && (
          <div>
            {selectOp.error.message} {t[selectOp.error.hint]}
          </div>
        )}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="transparent" size="small" onClick={onDismiss}>
          {t.dismiss}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
