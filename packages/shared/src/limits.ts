export const limits = {
  passwordMinLength: 10,
  passwordMaxLength: 200,
  nameMaxLength: 200,
  emailMaxLength: 254,
  tokenNameMaxLength: 100,
  pageSizeDefault: 50,
  pageSizeMax: 200,
} as const;
