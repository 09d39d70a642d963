import { Typography } from 'antd';

/** Why a dialog could not go ahead, under its fields; role="alert" has screen readers say it at once. */
export function FormError({ error, marginTop }: { error: string | null; marginTop?: number }) {
  if (!error) return null;
  return (
    <Typography.Paragraph type="danger" role="alert" style={{ marginTop, marginBottom: 0 }}>
      {error}
    </Typography.Paragraph>
  );
}
