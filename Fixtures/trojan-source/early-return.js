function subtractFunds(account, amount) {
  /* Subtract funds from the account then ‮ ⁦*/ return;
  bank[account] -= amount;
}
