/** Progress for operations that take longer than half a second (see useOperation). */
import { Spinner } from "@fluentui/react-components";
import { useAudit } from "../context";

export function Progress({ show }: { show: boolean }) {
  const { t } = useAudit();
  return show ? <Spinner size="tiny" label={t.working} labelPosition="after" /> : null;
}
